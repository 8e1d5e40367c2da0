-- wrk script for the trivial endpoint of the same app, to compare against /api/v1/chat.
done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors_status=%d p50_ms=%.2f p99_ms=%.2f rps=%.1f\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
