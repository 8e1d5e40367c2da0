-- wrk script: POSTs varied, realistic questions to /api/v1/chat, one new session per request.
-- Used by run-load.sh; the questions mix slang, typos, partner voice and feelings, like real traffic.
-- With UNIQUE=1 every request carries a different number, so no query vector comes from the cache (worst case).
local questions = {
  "what is vaginismus?", "how do I use a dilator", "why does it burn at the entrance?",
  "my wife has vaginismus, how can I help her", "how long does it take to get better",
  "is it all in my head?", "how do reverse kegels work", "what is 90/90 breathing",
  "how often should I practise", "what size dilator should I start with",
  "when can I move up a size?", "I feel so ashamed, is this normal?", "what lube should we use",
  "can we still be intimate without penetration?", "what should I not say to my girlfriend",
  "how do I stop clenching automatically", "it hurts the next day, what do I do",
  "what is the 2/10 rule", "should I see a physio", "what positions are easiest",
  "how do we move on to sex", "what is sensate focus", "I'm scared of dilators",
  "does vaginismus mean she doesn't love me", "how do I deal with my frustration",
  "what is the relaxation circuit", "can i use my finger instead of a trainer",
  "how do I get my partner involved", "hi", "thanks", "what can you do?",
  "why do kegels make it worse", "help with a flare up", "what's the two week plan",
  "is vaginismus the same as dyspareunia", "how to talk about consent", "my gyno said just relax",
  "how do i do hip openers", "can past abuse cause this", "when should I get professional help"
}
local counter = 0
local unique = os.getenv("UNIQUE") == "1"

setup = function(thread)
  thread:set("offset", math.random(1, 1000000) * 1000)
end

request = function()
  counter = counter + 1
  local q = questions[(counter % #questions) + 1]
  if unique then
    q = q .. " (" .. (offset + counter) .. ")"
  end
  return wrk.format("POST", "/api/v1/chat", {["Content-Type"] = "application/json"}, '{"message":"' .. q .. '"}')
end

done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors_status=%d p50_ms=%.2f p99_ms=%.2f rps=%.1f\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
