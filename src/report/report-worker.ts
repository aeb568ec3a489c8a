/** Worker thread of `kic report`: one issue in (its JSON file), its page written, its summary out. */
import {parentPort} from 'node:worker_threads'
import {readJsonDocument} from './inputs.js'
import {runIssue, type IssueJob} from './issue-task.js'
import {termReader} from './readings.js'

const reading = await termReader()

parentPort!.on('message', (job: IssueJob) => {
  void runIssue(job.index, job.name, () => readJsonDocument(job.path), job.folder, reading).then((done) => parentPort!.postMessage(done))
})
