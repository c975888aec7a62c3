// durum demo: the little JavaScript the pages use. Plain browser JS, no build step.
// Pages work without it except "check many", which posts JSON to POST /api/statuses and streams the results.

document.addEventListener('DOMContentLoaded', () => {
  for (const form of document.querySelectorAll('.query-form, .batch-form')) linkIdTypes(form)
  const batchForm = document.querySelector('.batch-form')
  if (batchForm) setUpBatch(batchForm)
})

// Shows only the id types of the chosen provider, and the second session field only when needed.
function linkIdTypes(form) {
  const provider = form.querySelector('select[name="provider"]')
  const by = form.querySelector('select[name="by"]')
  const sessionOnly = form.querySelector('[data-session-only]')
  if (!provider || !by) return
  const sync = (providerChanged) => {
    for (const group of by.querySelectorAll('optgroup')) {
      const mine = group.dataset.provider === provider.value
      group.hidden = !mine
      group.disabled = !mine
    }
    const chosen = by.selectedOptions[0]
    if (providerChanged || !chosen || chosen.parentElement.dataset.provider !== provider.value) {
      const first = by.querySelector(`optgroup[data-provider="${provider.value}"] option`)
      if (first) first.selected = true
    }
    if (sessionOnly) sessionOnly.hidden = by.value !== 'session'
    for (const field of form.querySelectorAll('[data-provider-only]')) {
      field.hidden = field.dataset.providerOnly !== provider.value
    }
    // A session query takes two ids: the first box then holds the checkout form token.
    const valueLabel = form.querySelector('label[data-session-label]')
    if (valueLabel) {
      valueLabel.textContent =
        by.value === 'session' ? valueLabel.dataset.sessionLabel : valueLabel.dataset.label
    }
  }
  provider.addEventListener('change', () => sync(true))
  by.addEventListener('change', () => sync(false))
  sync(false)
}

function setUpBatch(form) {
  const text = JSON.parse(document.getElementById('durum-text').textContent)
  const output = document.querySelector('.batch-output')
  const progress = document.getElementById('batch-progress')
  const progressText = document.getElementById('batch-progress-text')
  const summaryList = output.querySelector('.summary-list')
  const tbody = output.querySelector('.results tbody')
  const download = document.getElementById('batch-download')
  const errorBox = document.getElementById('batch-error')
  const submit = form.querySelector('button[type="submit"]')
  let rows = []

  download.addEventListener('click', () => {
    const blob = new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' })
    const link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download = 'durum-statuses.csv'
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(link.href), 1000)
  })

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    errorBox.hidden = true
    for (const field of form.querySelectorAll('[aria-invalid]')) {
      field.removeAttribute('aria-invalid')
      field.removeAttribute('aria-describedby')
    }
    const file = form.querySelector('input[type="file"]').files[0]
    const input = file ? await file.text() : form.querySelector('textarea').value
    submit.disabled = true
    download.disabled = true
    try {
      // JSON only: the API refuses the content types a page on another site could send unasked.
      // The page's language, so explanations and errors come in it.
      const response = await fetch(`/api/statuses?lang=${document.documentElement.lang}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: input, provider: form.provider.value, by: form.by.value }),
      })
      if (!response.ok) {
        const failure = await response.json().catch(() => ({ error: { message: response.statusText } }))
        showInputError(failure.error)
        return
      }
      rows = []
      tbody.replaceChildren()
      summaryList.replaceChildren()
      output.hidden = false
      await readLines(response.body, (line) => onLine(JSON.parse(line)))
    } catch (error) {
      showInputError({ message: String(error) })
    } finally {
      submit.disabled = false
    }
  })

  // Outlines the control the error is about: the provider or id-type select, else where the ids came
  // from (the uploaded file when one was chosen, the text box otherwise), and points it at the message.
  function showInputError(error) {
    errorBox.textContent = error.message
    errorBox.hidden = false
    const file = form.querySelector('input[type="file"]')
    const source = file.files.length > 0 ? file : form.querySelector('textarea')
    const field = error.field === 'provider' || error.field === 'by' ? form[error.field] : source
    field.setAttribute('aria-invalid', 'true')
    field.setAttribute('aria-describedby', errorBox.id)
    field.focus()
  }

  const tally = { paid: 0, byStatus: {}, byError: {} }
  function onLine(line) {
    if (line.type === 'start') {
      progress.max = line.total
      progress.value = 0
      tally.paid = 0
      tally.byStatus = {}
      tally.byError = {}
      progressText.textContent = format(text.progressText, { completed: 0, total: line.total, failed: 0 })
    } else if (line.type === 'result') {
      addRow(line)
      if (line.ok && line.paid) tally.paid++
      const bucket = line.ok ? tally.byStatus : tally.byError
      const key = line.ok ? line.result.status : line.error.code
      bucket[key] = (bucket[key] || 0) + 1
      renderSummary(tally)
    } else if (line.type === 'progress') {
      progress.value = line.completed
      progressText.textContent = format(text.progressText, line)
    } else if (line.type === 'done') {
      renderSummary(line.summary)
      progressText.textContent = format(text.done, line.summary)
      progress.value = line.summary.completed
      download.disabled = false
    } else if (line.type === 'error') {
      showInputError(line.error)
    }
  }

  function addRow(line) {
    const { field, value } = describeQuery(line.query)
    const row = {
      index: line.index + 1,
      provider: line.query.provider,
      field,
      value,
      status: line.ok ? line.result.status : '',
      // The server's verdict on the whole result, never guessed here from the status word.
      paid: line.ok && line.paid ? 'yes' : 'no',
      rawStatus: line.ok ? line.result.rawStatus : '',
      amount: line.ok && line.result.amount ? line.result.amount.amount : '',
      paidAmount: line.ok && line.result.paidAmount ? line.result.paidAmount.amount : '',
      currency: line.ok && line.result.amount ? line.result.amount.currency : '',
      reason: line.ok ? line.result.reason : line.error.reason || '',
      explanation: line.ok ? line.result.explanation : '',
      errorCode: line.ok ? '' : line.error.code,
      errorMessage: line.ok ? '' : line.error.message,
    }
    rows.push(row)
    const tr = document.createElement('tr')
    tr.dataset.index = String(line.index)
    tr.dataset.status = line.ok ? row.status : `error:${row.errorCode}`
    tr.dataset.paid = String(row.paid === 'yes')
    const link = document.createElement('a')
    link.href = `/?${queryParams(line.query)}&lang=${document.documentElement.lang}`
    link.textContent = `${field}=${value}`
    const queryCell = document.createElement('td')
    queryCell.append(link)
    const statusCell = document.createElement('td')
    statusCell.append(
      line.ok
        ? badge(row.status, text.statuses[row.status])
        : badge('ERROR', text.errors[row.errorCode] || row.errorCode),
    )
    if (line.ok && line.result.kind === 'payment') {
      statusCell.append(' ', paidFlag(line.paid))
    }
    tr.append(
      cell('th', String(row.index), { scope: 'row' }),
      cell('td', row.provider),
      queryCell,
      statusCell,
    )
    tr.append(cell('td', line.ok ? row.explanation : row.errorMessage))
    // Results arrive in completion order; keep the table in input order.
    const after = [...tbody.children].find((other) => Number(other.dataset.index) > line.index)
    tbody.insertBefore(tr, after || null)
  }

  // Badges keep one fixed order (paid, then statuses, then error codes, as the page lists them), so
  // a badge never moves while results arrive; a status or code the page does not know goes last.
  function renderSummary(summary) {
    summaryList.replaceChildren()
    summaryList.append(summaryItem(paidFlag(true), summary.paid, 'paid'))
    for (const status of inOrder(Object.keys(summary.byStatus), text.statusOrder)) {
      summaryList.append(summaryItem(badge(status, text.statuses[status]), summary.byStatus[status], status))
    }
    for (const code of inOrder(Object.keys(summary.byError), text.errorOrder)) {
      summaryList.append(
        summaryItem(badge('ERROR', text.errors[code] || code), summary.byError[code], `error:${code}`),
      )
    }
  }

  function inOrder(keys, order) {
    const rank = (key) => (order.includes(key) ? order.indexOf(key) : order.length)
    return keys.slice().sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
  }

  function paidFlag(paid) {
    const flag = document.createElement('span')
    flag.className = `flag ${paid ? 'yes' : 'no'}`
    flag.dataset.flag = 'paid'
    flag.textContent = paid ? text.paid : text.notPaid
    return flag
  }

  function summaryItem(badgeElement, count, key) {
    const li = document.createElement('li')
    li.dataset.key = key
    const number = document.createElement('strong')
    number.className = 'count'
    number.textContent = String(count)
    li.append(badgeElement, ' ', number)
    return li
  }

  function badge(status, label) {
    const style = text.styles[status] || { tone: 'unknown', icon: '?' }
    const span = document.createElement('span')
    span.className = `badge tone-${style.tone}`
    span.dataset.status = status
    const icon = document.createElement('span')
    icon.className = 'icon'
    icon.setAttribute('aria-hidden', 'true')
    icon.textContent = style.icon
    span.append(icon, ` ${label || status}`)
    return span
  }
}

async function readLines(stream, onLine) {
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    buffer += value
    let newline = buffer.indexOf('\n')
    while (newline !== -1) {
      const line = buffer.slice(0, newline).trim()
      buffer = buffer.slice(newline + 1)
      if (line) onLine(line)
      newline = buffer.indexOf('\n')
    }
  }
  if (buffer.trim()) onLine(buffer.trim())
}

function describeQuery(query) {
  for (const [key, value] of Object.entries(query)) {
    if (key === 'provider') continue
    if (key === 'session' && value && typeof value === 'object') {
      return { field: 'session', value: `${value.checkoutFormToken} / ${value.paymentId}` }
    }
    return { field: key, value: String(value) }
  }
  return { field: '', value: '' }
}

function queryParams(query) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (key === 'session' && value && typeof value === 'object') {
      params.set('sessionCheckoutFormToken', value.checkoutFormToken)
      params.set('sessionPaymentId', value.paymentId)
    } else {
      params.set(key, String(value))
    }
  }
  return params
}

function cell(tag, content, attributes = {}) {
  const element = document.createElement(tag)
  element.textContent = content
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  return element
}

function format(template, values) {
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match))
}

const CSV_COLUMNS = [
  'index',
  'provider',
  'field',
  'value',
  'status',
  'paid',
  'rawStatus',
  'amount',
  'paidAmount',
  'currency',
  'reason',
  'explanation',
  'errorCode',
  'errorMessage',
]

// The byte-order mark makes spreadsheets (Excel above all) read the file as UTF-8, so Turkish
// letters in explanations and provider texts arrive intact.
function toCsv(rows) {
  const lines = [CSV_COLUMNS.join(',')]
  for (const row of rows.slice().sort((a, b) => a.index - b.index)) {
    lines.push(CSV_COLUMNS.map((column) => csvCell(String(row[column] ?? ''))).join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

// Quotes where needed, and defuses cells a spreadsheet would run as a formula.
function csvCell(value) {
  const numeric = /^-?\d+(\.\d+)?$/.test(value)
  const safe = !numeric && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
