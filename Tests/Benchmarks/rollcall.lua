-- wrk script: roll-call saves, one real write per request.
--
--   wrk -s rollcall.lua URL -- PATH CSRF STAFF_TOKEN FIRST_PERSON PEOPLE THREADS
--
-- Each request is what an instructor's tap on the roll-call page posts:
--   POST /quan-tri/buoi/{id}/diem-danh   csrf=…&action=mark&person={id}&status={status}
-- signed in as staff (session cookie) with the anti-forgery double submit (the hoctap_csrf
-- cookie equal to the csrf field). The server answers 303 back to the roll call; wrk does
-- not follow it, so the figure is the save alone, not the page drawn after it.
--
-- Why the person and the status change: saving the status a person already has is a no-op
-- (no write), so each thread walks its own share of PEOPLE residents and moves every one to
-- the next of the four statuses on each pass. A person's consecutive saves are then PEOPLE /
-- THREADS requests apart (far more than wrk keeps in flight) and always differ, so each
-- request updates a row and writes an audit row (the first pass inserts, without audit).
-- The residents must have no status yet when the run starts (this script restarts the cycle
-- at "co-mat", which some may already have): run.sh gives every wrk run its own group,
-- FIRST_PERSON … FIRST_PERSON + PEOPLE - 1. It counts the rows afterwards rather than
-- trusting this reasoning.

local statuses = { "co-mat", "di-muon", "vang-co-phep", "vang" }

-- setup runs in wrk's main Lua state once per thread, before that thread's init: it numbers them.
local threads_seen = 0
function setup(thread)
    thread:set("thread_index", threads_seen)
    threads_seen = threads_seen + 1
end

function init(args)
    path, csrf = args[1], args[2]
    local token, first, people, threads = args[3], tonumber(args[4]), tonumber(args[5]), tonumber(args[6])
    -- This thread's residents: every THREADS-th one, starting at its own index, so no two
    -- threads ever post for the same person.
    mine = {}
    for id = first + thread_index, first + people - 1, threads do
        mine[#mine + 1] = id
    end
    headers = {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["Cookie"] = "hoctap_session=" .. token .. "; hoctap_csrf=" .. csrf,
    }
    sent = 0
end

function request()
    local person = mine[sent % #mine + 1]
    local status = statuses[math.floor(sent / #mine) % #statuses + 1]
    sent = sent + 1
    local body = "csrf=" .. csrf .. "&action=mark&person=" .. person .. "&status=" .. status
    return wrk.format("POST", path, headers, body)
end
