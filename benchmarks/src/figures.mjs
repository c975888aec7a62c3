/**
 * Turns raw measurements into figures: each a value with its baseline, the ratio value / baseline,
 * and issue 15's target where one applies to that figure (`met` says whether this run reached it;
 * targets.mjs reads the same measurements into the issue's table).
 */
function figure(fields) {
  const { value, baselineValue } = fields
  const ratio =
    fields.ratio ?? (baselineValue === undefined || baselineValue === 0 ? undefined : value / baselineValue)
  let met
  if (fields.target !== undefined) {
    const checked = fields.target.of === 'value' ? value : ratio
    met =
      fields.target.atMost !== undefined ? checked <= fields.target.atMost : checked >= fields.target.atLeast
  }
  return { ...fields, ratio, met }
}

function endToEndFigures(runs) {
  const figures = []
  for (const { provider, concurrency, contenders, durumOverOfficial, floorOverDurum } of runs) {
    const group = `e2e ${provider} c${concurrency}`
    const { durum, floor } = contenders
    const official = contenders.iyzipay
    for (const [name, run] of Object.entries(contenders)) {
      figures.push(
        figure({
          case: group,
          figure: `${name} req/s`,
          value: run.requestsPerSecond,
          unit: 'req/s',
          baseline: official === undefined ? 'floor' : 'iyzipay',
          baselineValue: (official ?? floor).requestsPerSecond,
          ...(name === 'durum' && official !== undefined ? { ratio: durumOverOfficial } : {}),
        }),
      )
    }
    figures.push(
      figure({
        case: group,
        figure: 'durum time per request vs floor',
        value: 1000 / durum.requestsPerSecond,
        unit: 'ms',
        baseline: 'floor',
        baselineValue: 1000 / floor.requestsPerSecond,
        ratio: floorOverDurum,
        ...(concurrency === 16 ? { target: { atMost: 1.3 } } : {}),
      }),
    )
    for (const [name, run] of Object.entries(contenders)) {
      figures.push(
        figure({
          case: group,
          figure: `${name} p50 / p99 latency`,
          value: run.p50Ms,
          value99: run.p99Ms,
          unit: 'ms',
          baseline: 'floor p50',
          baselineValue: floor.p50Ms,
        }),
        figure({
          case: group,
          figure: `${name} client CPU per request`,
          value: run.clientCpuUsPerRequest,
          unit: 'µs',
          baseline: 'floor',
          baselineValue: floor.clientCpuUsPerRequest,
          serverCpuUsPerRequest: run.serverCpuUsPerRequest,
        }),
      )
    }
  }
  return figures
}

function normalizationFigures(fixtures) {
  return fixtures.flatMap((fixture) => [
    figure({
      case: 'normalization',
      figure: `${fixture.name}: µs per body (${fixture.bodyBytes} B)`,
      value: 1e6 / fixture.normalizeOpsPerSecond,
      unit: 'µs',
      baseline: 'JSON.parse',
      baselineValue: 1e6 / fixture.jsonParseOpsPerSecond,
      opsPerSecond: fixture.normalizeOpsPerSecond,
      baselineOpsPerSecond: fixture.jsonParseOpsPerSecond,
      target: { atMost: 3 },
    }),
    figure({
      case: 'normalization',
      figure: `${fixture.name}: bytes allocated`,
      value: fixture.normalizeBytesAllocated,
      unit: 'B',
      baseline: 'JSON.parse',
      baselineValue: fixture.jsonParseBytesAllocated,
    }),
  ])
}

/**
 * Per runtime, each signing path one at a time and with many in flight, against `node:crypto` HMAC
 * (≤ 2× on the path the runtime takes). A forced Web Crypto path is held to a bare
 * `crypto.subtle.sign` instead: the part durum controls, since the rest is the runtime handing each
 * HMAC to another thread.
 */
function signingFigures(entries) {
  return entries.flatMap((entry) => {
    const mode = entry.inFlight === 1 ? 'one at a time' : `${entry.inFlight} in flight`
    const label = `${entry.runtime ?? 'node'} ${entry.version ?? ''}, ${entry.path === 'web' ? 'Web Crypto' : 'node:crypto'} path${entry.taken === false ? ' (forced)' : ''}, ${mode}`
    // The same durum time, held to one baseline or another (a target only where one applies).
    const perSignature = (baseline, baselineOpsPerSecond, target) =>
      figure({
        case: 'signing',
        figure: `${label}: µs per signature`,
        value: 1e6 / entry.durumOpsPerSecond,
        unit: 'µs',
        baseline,
        baselineValue: 1e6 / baselineOpsPerSecond,
        ...(target === undefined ? {} : { target }),
      })
    const figures = [
      perSignature(
        'node:crypto HMAC',
        entry.nodeCryptoOpsPerSecond,
        entry.taken === false ? undefined : { atMost: 2 },
      ),
    ]
    if (entry.path === 'web' && entry.webCryptoOpsPerSecond !== undefined) {
      figures.push(perSignature('bare crypto.subtle.sign', entry.webCryptoOpsPerSecond, { atMost: 1.5 }))
    }
    return figures
  })
}

function batchFigures(batch, rates) {
  const figures = [
    figure({
      case: 'batch',
      figure: `${batch.count} queries, concurrency ${batch.concurrency}, ${batch.latencyMs} ms latency: wall time`,
      value: batch.durumWallMs,
      unit: 'ms',
      baseline: 'ideal n × latency / concurrency',
      baselineValue: batch.idealMs,
    }),
    figure({
      case: 'batch',
      figure: 'same batch, durum wall time vs the floor client (fastest round of each)',
      value: batch.durumWallMs,
      unit: 'ms',
      baseline: 'floor client',
      baselineValue: batch.floorWallMs,
      target: { atMost: 1.2 },
    }),
    figure({
      case: 'batch',
      figure: 'same batch, floor client (node:http, no normalization): wall time',
      value: batch.floorWallMs,
      unit: 'ms',
      baseline: 'ideal',
      baselineValue: batch.idealMs,
    }),
    ...(batch.durum === undefined
      ? []
      : [
          figure({
            case: 'batch',
            figure: `CPU bound of this machine for durum: (client + server CPU) / ${batch.cores} cores`,
            value: batch.durum.cpuBoundMs,
            unit: 'ms',
            baseline: 'ideal',
            baselineValue: batch.idealMs,
          }),
          figure({
            case: 'batch',
            figure: `CPU bound for the floor client: (client + server CPU) / ${batch.cores} cores`,
            value: batch.floor.cpuBoundMs,
            unit: 'ms',
            baseline: 'ideal',
            baselineValue: batch.idealMs,
          }),
          figure({
            case: 'batch',
            figure: 'durum client CPU per query in the batch',
            value: batch.durum.clientCpuUsPerQuery,
            unit: 'µs',
            baseline: 'floor client',
            baselineValue: batch.floor.clientCpuUsPerQuery,
          }),
        ]),
    figure({
      case: 'batch',
      figure: `RSS growth holding ${batch.count} results`,
      value: batch.rssGrowthBytes / 1e6,
      unit: 'MB',
      baseline: 'target',
      baselineValue: 100,
      target: { of: 'value', atMost: 100 },
    }),
    ...(batch.retainedBytesPerResult === undefined
      ? []
      : [
          figure({
            case: 'batch',
            figure: 'heap each result holds (after a full collection, results kept)',
            value: batch.retainedBytesPerResult,
            unit: 'B',
            baseline: 'its raw body as JSON text',
            baselineValue: batch.rawJsonBytesPerResult,
          }),
        ]),
  ]
  for (const rate of rates ?? []) {
    figures.push(
      figure({
        case: 'batch',
        figure: `rate limit ${rate.provider}: most starts in any 1 s window`,
        value: rate.busiestSecond,
        unit: 'starts',
        baseline: 'limit per second',
        baselineValue: rate.limitPerSecond,
        target: { atMost: 1 },
      }),
      figure({
        case: 'batch',
        figure: `rate limit ${rate.provider}: starts per second achieved (first to last start)`,
        value: rate.achievedPerSecond,
        unit: '/s',
        baseline: 'limit',
        baselineValue: rate.limitPerSecond,
      }),
    )
  }
  return figures
}

function sizeFigures(size) {
  const figures = []
  for (const [provider, bundle] of Object.entries(size.bundles)) {
    for (const [build, bytes] of Object.entries(bundle)) {
      figures.push(
        figure({
          case: 'size',
          figure: `${provider} + normalizer + core, ${build} build: min+gz`,
          value: bytes.gzippedBytes,
          minifiedBytes: bytes.minifiedBytes,
          unit: 'B',
          baseline: 'target',
          baselineValue: 20_000,
          target: { of: 'value', atMost: 20_000 },
          minifiedBytesByPackage: bytes.minifiedBytesByPackage,
        }),
        figure({
          case: 'size',
          figure: `${provider} + normalizer + core, ${build} build: durum's own code (third-party left out), min+gz`,
          value: bytes.ownGzippedBytes,
          unit: 'B',
          baseline: 'target',
          baselineValue: 10_000,
          target: { of: 'value', atMost: 10_000 },
        }),
      )
    }
  }
  for (const [provider, install] of Object.entries(size.installs)) {
    figures.push(
      figure({
        case: 'size',
        figure: `${provider} selective install (${install.packages} packages): bytes on disk`,
        value: install.bytes,
        unit: 'B',
        baseline: `iyzipay install (${size.iyzipay.packages ?? '?'} packages)`,
        baselineValue: size.iyzipay.bytes,
        bytesByPackage: install.bytesByPackage,
      }),
    )
    const own = Object.entries(install.bytesByPackage ?? {})
      .filter(([name]) => name.startsWith('@durum/'))
      .reduce((sum, [, bytes]) => sum + bytes, 0)
    figures.push(
      figure({
        case: 'size',
        figure: `${provider} selective install, the @durum packages alone (third-party: ${Object.keys(
          install.bytesByPackage ?? {},
        )
          .filter((name) => !name.startsWith('@durum/'))
          .join(', ')})`,
        value: own,
        unit: 'B',
        baseline: 'iyzipay install',
        baselineValue: size.iyzipay.bytes,
      }),
    )
  }
  return figures
}

export function figuresOf(measurements) {
  return [
    ...(measurements.endToEnd ? endToEndFigures(measurements.endToEnd) : []),
    ...(measurements.normalization ? normalizationFigures(measurements.normalization) : []),
    ...(measurements.signing ? signingFigures(measurements.signing) : []),
    ...(measurements.batch ? batchFigures(measurements.batch, measurements.rateLimits) : []),
    ...(measurements.size ? sizeFigures(measurements.size) : []),
  ]
}
