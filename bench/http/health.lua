-- GET /health/live (wrk's default method); only adds the p99 summary line.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local report = require("report")
done = report.done
