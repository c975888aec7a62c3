function format(value, unit) {
  if (value === undefined || value === null || Number.isNaN(value)) return '–'
  if (unit === 'B' && value >= 10_000) return `${(value / 1000).toFixed(1)} kB`
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2
  return `${value.toFixed(digits)} ${unit}`
}

/** The figures as one aligned table on stdout. */
export function printTable(report) {
  const rows = [['case', 'figure', 'value', 'baseline', 'ratio', 'target']]
  for (const f of report.figures) {
    const value =
      f.value99 === undefined
        ? format(f.value, f.unit)
        : `${format(f.value, '')}/ ${format(f.value99, f.unit)}`
    const target =
      f.target === undefined
        ? ''
        : `${f.target.atMost !== undefined ? '≤' : '≥'} ${f.target.atMost ?? f.target.atLeast}${f.target.of === 'value' ? ` ${f.unit}` : '×'} ${f.met ? 'met' : 'MISSED'}`
    rows.push([
      f.case,
      f.figure,
      value,
      `${f.baseline} ${format(f.baselineValue, f.unit === 'starts' ? '/s' : f.unit)}`,
      f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`,
      target,
    ])
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  const line = (row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd()
  const { machine } = report
  process.stdout.write(
    `durum benchmarks — ${report.node}, ${machine.cpu} × ${machine.cores}, ${machine.os}, load ${machine.loadAverageAtStart.map((n) => n.toFixed(1)).join(' ')}\n\n`,
  )
  process.stdout.write(`${line(rows[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`)
  for (const row of rows.slice(1)) process.stdout.write(`${line(row)}\n`)
}

/** Issue 15's target table, as Markdown so a run can be pasted into benchmarks/README.md as printed. */
export function printTargets(report) {
  const cell = (text) => text.replaceAll('|', '\\|')
  process.stdout.write(
    `\nIssue 15's targets — commit ${report.commit ?? '?'}, ${report.node}${report.quick ? ', BENCH_QUICK (not for quoting)' : ''}\n\n`,
  )
  process.stdout.write('| figure | this run | target | status |\n| --- | --- | --- | --- |\n')
  for (const row of report.targets) {
    process.stdout.write(`| ${[row.figure, row.measured, row.target, row.status].map(cell).join(' | ')} |\n`)
  }
}
