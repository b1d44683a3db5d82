-- wrk script: POST the file named by FRTEXT_BODY to /analyze, then print p50/p99 and the non-2xx count.
local file = assert(io.open(os.getenv("FRTEXT_BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests/s %.1f  p50 %.1f ms  p99 %.1f ms  requests %d  non-2xx %d  socket errors %d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
