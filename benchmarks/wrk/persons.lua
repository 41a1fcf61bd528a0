-- wrk script: a random person of ids.txt per request; SUFFIX=/dashboard for the dashboard.
-- KEY: an API key of the organization (env), e.g. KEY=$(cat data/admin-api-key).
local ids = {}
for line in io.lines(os.getenv("IDS") or "ids.txt") do ids[#ids + 1] = line end
local key = os.getenv("KEY")
local suffix = os.getenv("SUFFIX") or ""
request = function()
  local id = ids[math.random(#ids)]
  return wrk.format("GET", "/api/v1/persons/" .. id .. suffix, {["Authorization"] = "Bearer " .. key})
end
