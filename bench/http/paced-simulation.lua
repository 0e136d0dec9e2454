-- Fixed-rate load on POST /api/pricing/simulations, for when wrk2 (-R) is not installable
-- (Debian ships wrk, not wrk2). Usage: wrk -t T -c C -d D -s paced-simulation.lua URL -- RATE T
-- Each wrk thread has its own Lua state and keeps its own schedule of RATE/T requests per second:
-- delay() gives every request the next free slot of that schedule, so with enough connections
-- (e.g. 10 connections at 500/s = 50/s each, one every 20 ms) the offered rate is constant and
-- does not depend on how fast responses come back. A request whose slot is already past is sent
-- at once. Unlike wrk2, latency is measured from the actual send, not from the intended slot
-- (no coordinated-omission correction): fine while the server keeps up, which is the point checked.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local report = require("report")

wrk.method = "POST"
wrk.body = '{"product":"LOA","customerType":"Individual","vehiclePrice":24800,"firstPayment":0,'
  .. '"residualValue":12800,"termMonths":36,"annualRatePercent":6,"annualMileageKm":12000,'
  .. '"serviceRatePerKm":0.04,"paymentTiming":"Arrears"}'
wrk.headers["Content-Type"] = "application/json"

-- wrk embeds LuaJIT: its ffi gives a millisecond wall clock (os.time is whole seconds).
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local interval_ms = 4   -- overwritten by init()
local next_slot = nil

function init(args)
  local rate = tonumber(args[1]) or 500
  local threads = tonumber(args[2]) or 1
  interval_ms = 1000 / (rate / threads)
end

function delay()
  local now = now_ms()
  if next_slot == nil or next_slot < now then next_slot = now end
  local wait = next_slot - now
  next_slot = next_slot + interval_ms
  return math.floor(wait)
end

done = report.done
