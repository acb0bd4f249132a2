-- wrk script: self check-ins, each from a different resident, one real write per request.
--
--   wrk -s checkin.lua URL -- TOKENS_FILE OFFSET THREADS CSRF FIRST_STEP CODES
--
-- Each request is what a resident's phone sends after scanning the QR code on the
-- instructor's screen: GET /diem-danh/{code} with the resident's session cookie (and the
-- hoctap_csrf cookie a browser that signed in already holds). The server records the
-- arrival and answers 200 with the "checked in" page.
--
-- Why a different resident per request: a second check-in by the same person records
-- nothing ("already checked in"), so each request takes the next unused session token from
-- TOKENS_FILE (one a line, from bench_data.py seed). OFFSET skips the tokens earlier wrk runs
-- used; thread i takes tokens OFFSET+i, OFFSET+i+THREADS, … so threads never share one. The
-- threads do not send equally many, so at the end (done) the script prints the first line
-- no thread reached, "checkin.lua next offset: N", for run.sh to pass to the next run.
-- Past the end of the file tokens are reused, and those requests write nothing: run.sh
-- counts the recorded rows and warns.
--
-- Why a list of codes: the code rotates every minute (and is accepted 2 more minutes), so
-- bench_data.py codes lists the code of each minute of the run from FIRST_STEP on, and each
-- request picks the current one by the clock, as a resident reading the screen would.

-- setup runs in wrk's main Lua state once per thread, before that thread's init: it numbers
-- them and keeps them, so done can read how far each got.
local all_threads = {}
function setup(thread)
    thread:set("thread_index", #all_threads)
    all_threads[#all_threads + 1] = thread
end

function init(args)
    local file
    file, offset, threads = args[1], tonumber(args[2]), tonumber(args[3])
    csrf, first_step = args[4], tonumber(args[5])
    codes = {}
    for code in string.gmatch(args[6], "[^,]+") do
        codes[#codes + 1] = code
    end
    tokens = {}
    local line_number = 0
    for token in io.lines(file) do
        if line_number >= offset and (line_number - offset) % threads == thread_index then
            tokens[#tokens + 1] = token
        end
        line_number = line_number + 1
    end
    if #tokens == 0 then
        error("checkin.lua: no tokens left in " .. file .. " after offset " .. offset)
    end
    headers = {}
    sent = 0
    next_line = offset + thread_index -- the first line of TOKENS_FILE this thread has not used
end

function request()
    local token = tokens[sent % #tokens + 1]
    sent = sent + 1
    next_line = offset + thread_index + sent * threads
    local step = math.floor(os.time() / 60)
    local code = codes[math.min(math.max(step - first_step + 1, 1), #codes)]
    headers["Cookie"] = "hoctap_session=" .. token .. "; hoctap_csrf=" .. csrf
    return wrk.format("GET", "/diem-danh/" .. code, headers)
end

function done()
    local next_offset = 0
    for _, thread in ipairs(all_threads) do
        next_offset = math.max(next_offset, thread:get("next_line"))
    end
    io.write("checkin.lua next offset: ", string.format("%d", next_offset), "\n")
end
