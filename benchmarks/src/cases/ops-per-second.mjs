/** Operations per second of `fn(text)`, over about `durationMs`. */
export function opsPerSecond(fn, text, durationMs) {
  let batch = 1
  for (;;) {
    const started = performance.now()
    for (let i = 0; i < batch; i++) fn(text)
    const elapsed = performance.now() - started
    if (elapsed >= durationMs) return (batch / elapsed) * 1000
    batch *= elapsed < durationMs / 20 ? 10 : 2
  }
}
