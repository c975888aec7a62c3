import cliProgress from 'cli-progress'
import type { CliContext } from './cli-context'

/** Tells how far a check or a reconcile run is: a live bar on a terminal, a line per tenth when piped, or nothing. */
export interface RunProgress {
  update(done: number, mismatches: number, errors: number): void
  stop(): void
}

export type ProgressMode = 'auto' | 'none'

export function createRunProgress(context: CliContext, total: number, mode: ProgressMode): RunProgress {
  if (mode === 'none') return { update() {}, stop() {} }
  return context.stderr.isTTY ? progressBar(context, total) : progressLines(context, total)
}

function progressBar(context: CliContext, total: number): RunProgress {
  const { text } = context
  const bar = new cliProgress.SingleBar(
    {
      stream: context.stderr as NodeJS.WritableStream,
      format: text('progressBar'),
      hideCursor: true,
      barCompleteChar: '█',
      barIncompleteChar: '░',
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(total, 0, { mismatches: 0, errors: 0 })
  return {
    update: (done, mismatches, errors) => bar.update(done, { mismatches, errors }),
    stop: () => bar.stop(),
  }
}

/** One line each time another tenth is done (and at the end): a log keeps the story, not a redraw. */
function progressLines(context: CliContext, total: number): RunProgress {
  let reported = 0
  return {
    update(done, mismatches, errors) {
      const tenth = Math.floor((done * 10) / Math.max(total, 1))
      if (tenth <= reported && done < total) return
      if (done === total && reported === 10) return
      reported = done === total ? 10 : tenth
      const percent = Math.floor((done * 100) / Math.max(total, 1))
      context.err(`${context.text('progressLine', { done, total, percent, mismatches, errors })}\n`)
    },
    stop() {},
  }
}
