-- POST /api/pricing/simulations with the seed-002 quote (DOMAIN.md, "Pricing": 429.06 € + 40 € km).
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local report = require("report")

wrk.method = "POST"
wrk.body = '{"product":"LOA","customerType":"Individual","vehiclePrice":24800,"firstPayment":0,'
  .. '"residualValue":12800,"termMonths":36,"annualRatePercent":6,"annualMileageKm":12000,'
  .. '"serviceRatePerKm":0.04,"paymentTiming":"Arrears"}'
wrk.headers["Content-Type"] = "application/json"

done = report.done
