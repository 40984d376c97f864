-- wrk script: POST /v1/payment_intents (Alipay+, confirm=true) with a fresh Idempotency-Key per request, as the
-- connector sends them (each wrk thread has its own key prefix, so no request is an idempotent replay).
-- Key: sk_test_sandbox_default_key.
-- wrk -t2 -c16 -d15s -s camel-wooshpay-sandbox/load/create-payment-intent.lua http://127.0.0.1:12111/v1/payment_intents
local body = '{"amount":1999,"currency":"HKD","confirm":true,"return_url":"https://example.com/back","payment_method_data":{"type":"alipayplus"},"payment_method_types":["alipayplus"],"payment_method_options":{"alipayplus":{"terminal_type":"WEB"}}}'
local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  prefix = "wrk-" .. tostring(tid) .. "-" .. tostring(os.time())
  counter = 0
end

request = function()
  counter = counter + 1
  local headers = {}
  headers["Content-Type"] = "application/json"
  headers["Authorization"] = "Basic c2tfdGVzdF9zYW5kYm94X2RlZmF1bHRfa2V5Og=="
  headers["Idempotency-Key"] = prefix .. "-" .. counter
  return wrk.format("POST", "/v1/payment_intents", headers, body)
end
