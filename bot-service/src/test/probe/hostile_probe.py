#!/usr/bin/env python3
"""Hostile-input probe against a running SafePace (issue 13), in sections.

hostile (the default, about 250 requests, under a minute): malformed and wrongly typed bodies, odd encodings, size
  boundaries, deeply nested JSON (chunked and with a length), SSE disconnects, unsupported Transfer-Encoding, forged
  and replayed webhooks, GET/HEAD /error, headers with bad characters, odd methods and paths, over raw sockets.
--load adds:
ratelimit: the session and address buckets: a burst answered, then 429 problem+json with Retry-After in whole
  seconds, honoured (the next request after waiting is answered); another address unaffected; one session hammered on
  16 connections; a messaging person paced (200), never refused; the refusal counter agrees with what was seen.
sessions: --sessions (20,000) new sessions on 8 connections, half asking with an id the client made up: each answered
  with an id of its own, all distinct, no 5xx; safepace_sessions within --max-sessions; the oldest forgotten beyond
  it, the newest remembered; heap after a full GC before and after (with --pid and jcmd).
slow: --slow-clients (250, more than Tomcat's 200 threads) of each kind at once: a body sent a byte at a time, a slow
  reader of /api/v1/chat/stream, a client that stops reading; meanwhile a normal request every 0.2 s, whose latency
  must stay within 10 times its baseline p99 (at least 1 s); afterwards the thread count must come back down.
Every request comes from a loopback address of its own (127.0.0.0/8), so the per-address rate limit stays on.
At the end the service's log is grepped for the marker every hostile request carried. Counts, per section:
  5xx        responses with a status >= 500 other than the 501 HTTP asks for an unsupported Transfer-Encoding
  contract   error responses that are not application/problem+json with type/title/status (HEAD: the header only),
             a 200 chat reply without a reply, a rate limit that does not hold what the README promises, a session
             bound exceeded, a normal request held up by slow clients
  leaks      a marker found in the log, a stack trace / exception name in a response body, threads that stay

Usage (the service started as in the README's "Hostile-input probe"):
  python3 bot-service/src/test/probe/hostile_probe.py --port 8099 --log app.log \
      --telegram-secret S --whatsapp-secret S --whatsapp-verify-token T [--load --pid PID --max-sessions N]
Exit status 0 when all three counts are 0.
"""
import argparse
import hashlib
import hmac
import json
import random
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

MARK = "Zqxmark"
QUESTIONS = ["how do I start with dilators?", "what actually is vaginismus?", "is it my fault?",
             "my partner wants to help, what can he do?", "can vaginismus be cured?", "what does a physio do?",
             "how long does treatment take?", "is it normal to feel scared before an exam?",
             "what size dilator should I start with?", "can I use a tampon?", "why does it hurt?",
             "how can I relax my pelvic floor?"]


def loopback_sources():
    """127.b.c.1, 127.b.c.2, ... from a random b.c: every address in 127.0.0.0/8 is this machine on Linux, and a
    random start keeps a run clear of the rate-limit buckets an earlier run emptied (they live 30 minutes)."""
    start = random.randrange(1, 255 * 256)
    for n in range(start, start + 255 * 256):
        b, c = divmod(n % (255 * 256), 256)
        for d in range(1, 255):
            yield f"127.{b + 1}.{c}.{d}"
counter = [0]


def marker():
    counter[0] += 1
    return f"{MARK}{counter[0]:05d}"


class Result:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body


def raw(port, data, read_timeout=30.0, close_after=None, source=None):
    """Sends bytes, reads the whole response (Connection: close), returns a Result or None if no response.
    source: a loopback address to send from (127.0.0.0/8 is all loopback on Linux), so the load sections can be many
    clients, each with its own per-address rate-limit bucket."""
    s = socket.create_connection(("127.0.0.1", port), timeout=read_timeout,
                                 source_address=(source, 0) if source else None)
    try:
        s.sendall(data)
        if close_after is not None:
            time.sleep(close_after)
            return None
        chunks = []
        while True:
            try:
                b = s.recv(65536)
            except socket.timeout:
                break
            if not b:
                break
            chunks.append(b)
    except (ConnectionResetError, BrokenPipeError):
        chunks = locals().get("chunks", [])
    finally:
        s.close()
    return parse(b"".join(chunks))


def parse(resp):
    if not resp:
        return None
    head, _, body = resp.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    m = re.match(r"HTTP/1\.[01] (\d{3})", lines[0])
    if not m:
        return Result(-1, {}, resp)
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        out, rest = b"", body
        while rest:
            size_line, _, rest = rest.partition(b"\r\n")
            try:
                size = int(size_line.split(b";")[0], 16)
            except ValueError:
                break
            if size == 0:
                break
            out, rest = out + rest[:size], rest[size + 2:]
        body = out
    return Result(int(m.group(1)), headers, body)


def request(method, path, body=b"", headers=None, chunked=False, extra_raw_headers=b""):
    headers = dict(headers or {})
    headers.setdefault("Host", "localhost")
    headers.setdefault("Connection", "close")
    if isinstance(body, str):
        body = body.encode("utf-8")
    if chunked:
        headers["Transfer-Encoding"] = "chunked"
        payload = b""
        for i in range(0, len(body), 4096):
            part = body[i:i + 4096]
            payload += f"{len(part):x}\r\n".encode() + part + b"\r\n"
        payload += b"0\r\n\r\n"
    else:
        if body or method in ("POST", "PUT", "PATCH"):
            headers.setdefault("Content-Length", str(len(body)))
        payload = body
    head = f"{method} {path} HTTP/1.1\r\n".encode("latin-1")
    for k, v in headers.items():
        head += f"{k}: {v}\r\n".encode("latin-1") if isinstance(v, str) else k.encode() + b": " + v + b"\r\n"
    return head + extra_raw_headers + b"\r\n" + payload


class Probe:
    def __init__(self, args):
        self.args = args
        self.sent = 0
        self.fivexx, self.contract, self.leaks = [], [], []
        self.statuses = {}
        self.lock = threading.Lock()
        self.sources = loopback_sources()
        self.summary = []  # (section, requests, 5xx, contract, leaks, figures)
        self.figures = []

    def source(self):
        """A loopback address no request has come from yet: a client with a full per-address bucket."""
        with self.lock:
            return next(self.sources)

    def note(self, text):
        """A measured figure of the current section, printed in the summary."""
        print(f"  [{self.section}] {text}", flush=True)
        self.figures.append(text)

    def begin(self, section):
        self.section, self.started = section, time.monotonic()
        self.mark = (self.sent, len(self.fivexx), len(self.contract), len(self.leaks))
        self.figures = []
        print(f"--- {section}", flush=True)

    def end(self, section):
        sent, f, c, l = self.mark
        self.summary.append((section, self.sent - sent, len(self.fivexx) - f, len(self.contract) - c,
                             len(self.leaks) - l, self.figures, time.monotonic() - self.started))

    def check(self, name, data, expect=None, is_head=False, chat_ok=False, allow_no_response=False, source=None,
              **kw):
        with self.lock:
            self.sent += 1
        r = raw(self.args.port, data, source=source or self.source(), **kw)
        if r is None:
            if not allow_no_response:
                self.contract.append(f"{name}: no response")
            return None
        with self.lock:
            self.statuses[r.status] = self.statuses.get(r.status, 0) + 1
        ctype = r.headers.get("content-type", "")
        if r.status >= 500 and not (r.status == 501 and name.startswith("te:")):
            self.fivexx.append(f"{name}: {r.status} {r.body[:160]!r}")
        if r.status >= 400:
            if not ctype.startswith("application/problem+json"):
                self.contract.append(f"{name}: {r.status} with content-type {ctype!r}: {r.body[:120]!r}")
            elif not is_head:
                try:
                    p = json.loads(r.body)
                    if not all(k in p for k in ("type", "title", "status")) or p["status"] != r.status:
                        self.contract.append(f"{name}: problem without type/title/status: {r.body[:120]!r}")
                except ValueError:
                    self.contract.append(f"{name}: problem body is not JSON: {r.body[:120]!r}")
        if expect is not None and r.status not in (expect if isinstance(expect, tuple) else (expect,)):
            self.contract.append(f"{name}: expected {expect}, got {r.status}: {r.body[:160]!r}")
        if chat_ok and r.status == 200:
            body = r.body
            if ctype.startswith("text/event-stream"):  # the stream: its final event carries the whole reply
                final = re.search(rb"event:\s?final\ndata:(.*)\n", body)
                body = final.group(1) if final else b"{}"
            try:
                if not json.loads(body).get("reply"):
                    self.contract.append(f"{name}: 200 without a reply")
            except ValueError:
                self.contract.append(f"{name}: 200 body is not JSON")
        text = r.body.decode("utf-8", "replace")
        if re.search(r"\bat (org|java|jdk)\.[\w.$]+\(|Exception\b|\bTrace\b", text):
            self.leaks.append(f"{name}: response body carries a stack trace or exception name: {text[:160]!r}")
        return r

    def chat(self, name, body, expect, path="/api/v1/chat", ctype="application/json", chunked=False, **kw):
        headers = {"Content-Type": ctype} if ctype is not None else {}
        headers["Accept"] = kw.pop("accept", "text/event-stream" if path.endswith("/stream") else "application/json")
        return self.check(name, request("POST", path, body, headers, chunked=chunked), expect, **kw)


def hostile(p, args):
    """The hostile-input requests (about 250): one at a time, each from a fresh loopback address."""
    chat = "/api/v1/chat"
    stream = "/api/v1/chat/stream"

    # --- malformed and wrongly typed bodies ----------------------------------------------------------------------
    for path in (chat, stream):
        m = marker()
        bad = [b"", b"{", b"}", b"[]", b"null", b"true", b"42", f'"{m}"'.encode(), f'{{"message": "{m}"'.encode(),
               f'{{"message": "{m}"}} trailing'.encode(), f"{{'message': '{m}'}}".encode(),
               f'{{"message": "{m}",}}'.encode(), b'\xef\xbb\xbf{"message": "' + m.encode() + b'"}',
               f'{{"message": "{m}\\x41"}}'.encode(), f'{{"message": "{m}\\ud83d"}}'.encode()]
        for i, body in enumerate(bad):
            p.chat(f"malformed[{path}#{i}]", body, (200, 400), chat_ok=True, path=path)
        typed = [f'{{"message": 42, "x": "{m}"}}', '{"message": true}', '{"message": null}', '{"message": {}}',
                 '{"message": []}', '{"message": ["a"]}', f'{{"message": "hi", "locale": true, "x":"{m}"}}',
                 '{"message": "hi", "sessionId": 5}', '{"message": "hi", "audience": "alien"}',
                 '{"message": "hi", "audience": 3}', '{"message": "hi", "locale": "x" }',
                 '{"message": "hi", "sessionId": "' + "s" * 500 + '"}', '{"message": "hi", "sessionId": "../../etc"}',
                 '{"message": 1e999}', '{"message": "hi", "message": 42}']
        for i, body in enumerate(typed):
            p.chat(f"typed[{path}#{i}]", body, (200, 400), chat_ok=True, path=path)
        p.chat(f"unknown-field[{path}]", f'{{"message": "how do I start?", "{m}": 1}}', (200, 400), chat_ok=True, path=path)

    # --- encodings and content types ------------------------------------------------------------------------------
    m = marker()
    encs = [
        ("utf16", ('{"message": "%s hello"}' % m).encode("utf-16"), "application/json"),
        ("utf16-declared", ('{"message": "%s hello"}' % m).encode("utf-16"), "application/json; charset=utf-16"),
        ("latin1-declared", ('{"message": "%s caf\xe9"}' % m).encode("latin-1"), "application/json; charset=ISO-8859-1"),
        ("bad-utf8", b'{"message": "' + m.encode() + b' \xff\xfe\xc3"}', "application/json"),
        ("overlong-utf8", b'{"message": "' + m.encode() + b' \xc0\xaf"}', "application/json"),
        ("nul", ('{"message": "%s \\u0000 a"}' % m).encode(), "application/json"),
        ("raw-control", b'{"message": "' + m.encode() + b' \x01\x02"}', "application/json"),
        ("bogus-charset", ('{"message": "%s"}' % m).encode(), "application/json; charset=x-nonsense"),
        ("text-plain", ('{"message": "%s"}' % m).encode(), "text/plain"),
        ("form", ("message=" + m).encode(), "application/x-www-form-urlencoded"),
        ("xml", ("<message>" + m + "</message>").encode(), "application/xml"),
        ("garbage-ctype", ('{"message": "%s"}' % m).encode(), "not a / type;;;"),
    ]
    for path in (chat, stream):
        for name, body, ctype in encs:
            p.chat(f"enc:{name}[{path}]", body, (200, 400, 415), ctype=ctype, chat_ok=True, path=path)
        p.chat(f"enc:no-ctype[{path}]", ('{"message": "%s"}' % m).encode(), (200, 400, 415), ctype=None, chat_ok=True, path=path)
        for accept in ("text/html", "application/xml", "image/png", "*/*;q=bogus"):
            p.chat(f"accept:{accept}[{path}]", '{"message": "hi"}', (200, 400, 406), accept=accept, path=path)

    # --- boundaries ---------------------------------------------------------------------------------------------
    scripts = {"latin": "a", "cjk": "\u4e2d", "kana": "\u3042", "arabic": "\u0639", "emoji": "\U0001F622",
               "combining": "e\u0301"}
    for name, ch in scripts.items():
        unit = len(ch.encode("utf-16-le")) // 2
        n = 2000 // unit
        for path in (chat, stream):
            p.chat(f"boundary:{name}:2000[{path}]", json.dumps({"message": ch * n}), 200, path=path, chat_ok=True)
            if name == "latin":
                p.chat(f"boundary:{name}:2001[{path}]", json.dumps({"message": ch * 2001}), 400, path=path)
    p.chat("boundary:whitespace", json.dumps({"message": " " * 1999 + "\u200b"}), 400)
    p.chat("boundary:invisible-only", json.dumps({"message": "\u200b\u200d\u00ad"}), (200, 400), chat_ok=True)
    for size in (16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 1024 * 1024):
        body = ('{"message": "hi", "pad": "' + "p" * size + '"}').encode()[:size]
        for chunked in (False, True):
            p.chat(f"size:{size}:{'chunked' if chunked else 'length'}", body, (200, 400, 413), chunked=chunked)

    # --- deep nesting ---------------------------------------------------------------------------------------------
    for depth in (1000, 5000, 8000, 100000):
        for shape, body in (("array", "[" * depth + "]" * depth), ("object", '{"a":' * depth + "1" + "}" * depth),
                            ("message", '{"message": ' + "[" * depth + "]" * depth + "}")):
            for chunked in (False, True):
                p.chat(f"nested:{shape}:{depth}:{'chunked' if chunked else 'length'}", body, (400, 413),
                       chunked=chunked)

    # --- SSE disconnects ------------------------------------------------------------------------------------------
    for delay in (0.0, 0.05, 0.3):
        p.sent += 1
        raw(args.port, request("POST", stream, '{"message": "how do I start with dilators?"}',
                               {"Content-Type": "application/json", "Accept": "text/event-stream"}),
            close_after=delay)
    # half a body, then gone
    p.sent += 1
    raw(args.port, request("POST", chat, "", {"Content-Type": "application/json", "Content-Length": "500"})
        + b'{"message": "', close_after=0.2)
    p.check("after-disconnects", request("GET", "/actuator/health/liveness"), 200)

    # --- unsupported Transfer-Encoding ----------------------------------------------------------------------------
    for te in ("gzip", "chunked, gzip", "identity", "compress", "x-" + marker(), "chunked, chunked"):
        data = (f"POST {chat} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\n"
                f"Transfer-Encoding: {te}\r\n\r\n").encode() + b'5\r\n{"a":\r\n0\r\n\r\n'
        p.check(f"te:{te}", data, (400, 501))

    # --- /error, methods, paths, headers --------------------------------------------------------------------------
    for method in ("GET", "HEAD", "POST", "DELETE", "OPTIONS"):
        p.check(f"error:{method}", request(method, "/error", headers={"Accept": "text/html"}), (200, 404, 405, 403)
                if method == "OPTIONS" else (404, 405, 403),
                is_head=method == "HEAD")
    p.check("error:query", request("GET", "/error?status=500&" + marker()), 404)
    for method in ("GET", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "WOBBLE" + marker().upper()):
        p.check(f"method:{method[:12]}", request(method, chat), (200, 400, 403, 405) if method == "OPTIONS"
                else (400, 403, 405))
    p.check("head:chat", request("HEAD", chat), (405, 400), is_head=True)
    for path in ("/api/v1/" + marker(), "/api/v1/chat/..;/x", "/api/v1/%2e%2e/chat", "/api/v1/chat%00",
                 "/api/v1/chat;jsessionid=" + marker(), "/%ff%fe", "/" + "a" * 9000, "/?" + "q=" * 40000,
                 "/api/v1/sessions/" + marker(), "/api/v1/sessions/" + "x" * 300, "/api/v1/sessions/%00",
                 "/actuator/env", "/actuator/heapdump", "/staff/callbacks", "/v3/api-docs/" + marker()):
        for method in ("GET", "DELETE"):
            p.check(f"path:{method}:{path[:40]}", request(method, path), None, allow_no_response=len(path) > 8000)
    bad_headers = [b"X-Bad: " + marker().encode() + b"\x01\x7f", b"X-Bad" + marker().encode() + b" : v",
                   b"X-" + marker().encode() + b"\xff: v", b"Host: " + marker().encode() + b"\x00",
                   b"Content-Length: -1", b"Content-Length: 5, 6", b"X-Long: " + b"v" * 20000 + marker().encode(),
                   b"X-Forwarded-For: " + marker().encode() + b"\r\n\tcontinued",
                   b"Cookie: JSESSIONID=" + marker().encode() + b"\x7f"]
    for i, h in enumerate(bad_headers):
        data = (f"POST {chat} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\n"
                f"Content-Length: 17\r\n").encode() + h + b'\r\n\r\n{"message": "hi"}'
        p.check(f"header#{i}", data, (200, 400, 431))
    p.check("request-line-garbage", b"GET /\x00" + marker().encode() + b" HTTP/1.1\r\nHost: x\r\n\r\n", 400,
            allow_no_response=True)
    p.check("http-0.9", b"GET /\r\n\r\n", None, allow_no_response=True)
    p.check("http-2-preface", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", None, allow_no_response=True)

    # --- webhooks: forged, malformed, replayed --------------------------------------------------------------------
    tg = "/channels/telegram/webhook"
    now = int(time.time())
    update_id = 700000000 + now % 1000000
    tg_update = json.dumps({"update_id": update_id, "message": {"message_id": 1, "date": now,
                            "chat": {"id": 424242, "type": "private"}, "from": {"id": 424242, "is_bot": False,
                            "first_name": "P"}, "text": "how do I start? " + marker()}})
    hdr = {"Content-Type": "application/json"}
    p.check("tg:no-secret", request("POST", tg, tg_update, hdr), (401, 403))
    p.check("tg:wrong-secret", request("POST", tg, tg_update, {**hdr, "X-Telegram-Bot-Api-Secret-Token": marker()}),
            (401, 403))
    good = {**hdr, "X-Telegram-Bot-Api-Secret-Token": args.telegram_secret}
    p.check("tg:ok", request("POST", tg, tg_update, good), 200)
    p.check("tg:replay", request("POST", tg, tg_update, good), 200)
    for i, body in enumerate([b"", b"{", b"[]", b'{"update_id": "x"}', b'{"update_id": 1, "message": 5}',
                              b'{"update_id": 2, "message": {"chat": {"id": "abc"}, "text": 7}}',
                              ('{"update_id": 3, "message": {"message_id": 1, "date": 1, "chat": {"id": 1, "type": '
                               '"private"}, "text": "' + "\u4e2d" * 4096 + '"}}').encode(),
                              ('{"update_id": 4, "callback_query": {"id": "q", "data": "' + marker() + '"}}').encode(),
                              "[" * 5000 + "]" * 5000]):
        p.check(f"tg:malformed#{i}", request("POST", tg, body, good), (200, 400, 413))
    wa = "/channels/whatsapp/webhook"
    wa_body = json.dumps({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages",
                          "value": {"messaging_product": "whatsapp", "metadata": {"phone_number_id": "106540352242922"},
                                    "contacts": [{"wa_id": "447700900123"}],
                                    "messages": [{"from": "447700900123", "id": "wamid.P" + str(now),
                                                  "timestamp": str(now), "type": "text",
                                                  "text": {"body": "hello " + marker()}}]}}]}]}).encode()

    def sig(body, secret=args.whatsapp_secret):
        return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()

    p.check("wa:no-signature", request("POST", wa, wa_body, hdr), (401, 403))
    p.check("wa:forged", request("POST", wa, wa_body, {**hdr, "X-Hub-Signature-256": sig(wa_body, "nope")}), (401, 403))
    p.check("wa:garbage-signature", request("POST", wa, wa_body, {**hdr, "X-Hub-Signature-256": "sha256=" + marker()}),
            (401, 403))
    p.check("wa:ok", request("POST", wa, wa_body, {**hdr, "X-Hub-Signature-256": sig(wa_body)}), 200)
    p.check("wa:replay", request("POST", wa, wa_body, {**hdr, "X-Hub-Signature-256": sig(wa_body)}), 200)
    tampered = wa_body.replace(b"hello", b"hellO")
    p.check("wa:tampered", request("POST", wa, tampered, {**hdr, "X-Hub-Signature-256": sig(wa_body)}), (401, 403))
    for i, body in enumerate([b"", b"{", b"[]", b'{"object": 5}', b'{"entry": "x"}', b'{"entry": [{"changes": 5}]}',
                              "[" * 5000 + "]" * 5000]):
        body = body.encode() if isinstance(body, str) else body
        p.check(f"wa:malformed#{i}", request("POST", wa, body, {**hdr, "X-Hub-Signature-256": sig(body)}),
                (200, 400, 413))
    vt = args.whatsapp_verify_token
    p.check("wa:verify-ok", request("GET", f"{wa}?hub.mode=subscribe&hub.verify_token={vt}&hub.challenge=12345"), 200)
    p.check("wa:verify-wrong", request("GET", f"{wa}?hub.mode=subscribe&hub.verify_token={marker()}&hub.challenge=1"),
            (401, 403))
    p.check("wa:verify-html-challenge",
            request("GET", f"{wa}?hub.mode=subscribe&hub.verify_token={vt}&hub.challenge=%3Cscript%3E"), (400, 403))
    p.check("wa:verify-missing", request("GET", wa), (400, 401, 403))

    # --- callbacks and sessions (whatever is switched on) ---------------------------------------------------------
    for body in ('{"contact": 5}', '{"consent": "yes"}', "{", '{"contact": {"method": "pigeon", "value": "%s"}}' % marker()):
        p.chat("callbacks:" + body[:20], body, (400, 404), path="/api/v1/callbacks")
    p.check("callbacks:delete", request("DELETE", "/api/v1/callbacks/" + marker(), headers={"X-Withdraw-Token": "x"}),
            (204, 404, 400))



# --- load sections (--load) ------------------------------------------------------------------------------------------
CHAT = "/api/v1/chat"
STALLED_PIPELINE = 4  # streams asked for on one connection by a client that then stops reading
STREAM = "/api/v1/chat/stream"
JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


def chat_body(message, session_id=None):
    return json.dumps({"message": message, **({"sessionId": session_id} if session_id else {})})


def reply_json(r):
    try:
        return json.loads(r.body) if r is not None and r.status == 200 else {}
    except ValueError:
        return {}


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def scrape(p, name):
    """Sums a Prometheus metric's samples by their label text, or None when /actuator/prometheus is not exposed."""
    r = raw(p.args.port, request("GET", "/actuator/prometheus"), source=p.source())
    if r is None or r.status != 200:
        return None
    out = {}
    for line in r.body.decode("utf-8", "replace").splitlines():
        m = re.match(re.escape(name) + r"(\{[^}]*\})?\s+([0-9.eE+-]+)$", line)
        if m:
            out[m.group(1) or ""] = out.get(m.group(1) or "", 0.0) + float(m.group(2))
    return out


def threads_and_rss(p):
    """The service's thread count and resident memory (MB) from /proc, when --pid is given."""
    if not p.args.pid:
        return None, None
    with open(f"/proc/{p.args.pid}/status") as f:
        status = dict(line.split(":", 1) for line in f.read().splitlines() if ":" in line)
    return int(status["Threads"]), int(status["VmRSS"].split()[0]) // 1024


def heap_after_gc(p):
    """The service's heap in MB right after a full GC (jcmd GC.run, then the heap gauge), when --pid is given and the
    metrics are exposed: what the sessions really hold, unlike resident memory, which a JVM seldom gives back."""
    if not p.args.pid or not shutil.which("jcmd"):
        return None
    subprocess.run(["jcmd", str(p.args.pid), "GC.run"], capture_output=True, timeout=120)
    used = scrape(p, "jvm_memory_used_bytes")
    if used is None:
        return None
    return sum(v for k, v in used.items() if 'area="heap"' in k) / 1e6


def check_refusal(p, name, r, max_wait):
    """A rate-limit refusal as the README promises it: 429 problem+json of type rate-limited with Retry-After in
    whole seconds, at most the time one token takes to come back."""
    retry = r.headers.get("retry-after", "")
    if not retry.isdigit() or not 1 <= int(retry) <= max_wait:
        p.contract.append(f"{name}: 429 with Retry-After {retry!r}, expected whole seconds 1-{max_wait}")
        return max_wait
    try:
        if not json.loads(r.body).get("type", "").endswith("/rate-limited"):
            p.contract.append(f"{name}: 429 whose problem type is not rate-limited: {r.body[:120]!r}")
    except ValueError:
        pass  # already counted by check()
    return int(retry)


def ratelimit(p, args):
    """The per-session and per-address buckets (the service must run with its rate limits on)."""
    session_wait = -(-60 // args.session_refill)
    address_wait = -(-60 // args.address_refill)
    refused = {"session": 0, "address": 0}
    before = scrape(p, "safepace_rate_limit_refusals_total")

    # One session, one client: a burst of session-capacity messages is answered, then 429s.
    src = p.source()
    r = p.check("ratelimit:session:open", request("POST", CHAT, chat_body(QUESTIONS[0]), JSON_HEADERS), 200,
                chat_ok=True, source=src)
    sid = reply_json(r).get("sessionId")
    started, answered, first_refusal, waits = time.monotonic(), 0, None, []
    for i in range(args.session_capacity + 10):
        r = p.check(f"ratelimit:session#{i}", request("POST", CHAT, chat_body(QUESTIONS[i % 12], sid), JSON_HEADERS),
                    (200, 429), chat_ok=True, source=src)
        if r is not None and r.status == 200:
            answered += 1
        elif r is not None and r.status == 429:
            refused["session"] += 1
            first_refusal = i if first_refusal is None else first_refusal
            waits.append(check_refusal(p, f"ratelimit:session#{i}", r, session_wait))
    elapsed = time.monotonic() - started
    allowed = args.session_capacity + int(elapsed * args.session_refill / 60) + 1
    if not args.session_capacity <= answered <= allowed:
        p.contract.append(f"ratelimit:session: {answered} of a burst answered, expected "
                          f"{args.session_capacity}-{allowed} (are rate limits on?)")
    r = p.check("ratelimit:session:stream", request("POST", STREAM, chat_body("and then?", sid),
                {"Content-Type": "application/json", "Accept": "text/event-stream"}), 429, source=src)
    if r is not None and r.status == 429:
        refused["session"] += 1
        check_refusal(p, "ratelimit:session:stream", r, session_wait)
    wait = max(waits or [session_wait])
    time.sleep(wait)
    p.check("ratelimit:session:after-retry-after", request("POST", CHAT, chat_body("thanks", sid), JSON_HEADERS),
            200, chat_ok=True, source=src)
    p.note(f"session bucket: {answered} of {args.session_capacity + 10} answered in {elapsed:.1f} s, then 429 with "
           f"Retry-After {sorted(set(waits))} s; answered again after waiting {wait} s")

    # One address, many new sessions at once (8 connections): address-capacity answered, the rest refused; another
    # address is unaffected meanwhile.
    src = p.source()
    statuses, address_waits = [], []

    def one(i):
        r = p.check(f"ratelimit:address#{i}", request("POST", CHAT, chat_body(QUESTIONS[i % 12]), JSON_HEADERS),
                    (200, 429), chat_ok=True, source=src)
        if r is not None and r.status == 429:
            address_waits.append(check_refusal(p, f"ratelimit:address#{i}", r, address_wait))
        return r.status if r is not None else None

    started = time.monotonic()
    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(one, i) for i in range(args.address_capacity + 60)]
        other = p.check("ratelimit:address:other-client", request("POST", CHAT, chat_body(QUESTIONS[1]), JSON_HEADERS),
                        200, chat_ok=True)
        statuses = [f.result() for f in futures]
    elapsed = time.monotonic() - started
    answered = statuses.count(200)
    refused["address"] += statuses.count(429)
    allowed = args.address_capacity + int(elapsed * args.address_refill / 60) + 1
    if not args.address_capacity <= answered <= allowed:
        p.contract.append(f"ratelimit:address: {answered} answered, expected {args.address_capacity}-{allowed}")
    time.sleep(max(address_waits or [address_wait]))
    p.check("ratelimit:address:after-retry-after", request("POST", CHAT, chat_body("hello"), JSON_HEADERS), 200,
            chat_ok=True, source=src)
    p.note(f"address bucket: {answered} of {len(statuses)} concurrent new-session requests answered in "
           f"{elapsed:.1f} s, {statuses.count(429)} refused (Retry-After {sorted(set(address_waits))} s); another "
           f"address meanwhile: {other.status if other else 'no response'}")

    # One session hammered concurrently: the per-conversation lock and the bucket, never a 5xx.
    src = p.source()
    sid = reply_json(p.check("ratelimit:concurrent:open", request("POST", CHAT, chat_body(QUESTIONS[2]),
                                                                  JSON_HEADERS), 200, chat_ok=True, source=src)).get("sessionId")

    def same(i):
        r = p.check(f"ratelimit:concurrent#{i}", request("POST", CHAT, chat_body(QUESTIONS[i % 12], sid),
                                                         JSON_HEADERS), (200, 429), chat_ok=True, source=src)
        if r is not None and r.status == 429:
            check_refusal(p, f"ratelimit:concurrent#{i}", r, session_wait)
        return r.status if r is not None else None

    with ThreadPoolExecutor(16) as pool:
        statuses = list(pool.map(same, range(args.session_capacity + 20)))
    refused["session"] += statuses.count(429)
    if statuses.count(200) > args.session_capacity + 1:
        p.contract.append(f"ratelimit:concurrent: {statuses.count(200)} answered, over the session capacity")
    p.note(f"one session, {len(statuses)} requests on 16 connections at once: {statuses.count(200)} answered, "
           f"{statuses.count(429)} refused")

    # A messaging person over the limit is paced, never refused: the webhook answers 200 every time.
    tg, now = "/channels/telegram/webhook", int(time.time())
    hdr = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": args.telegram_secret}
    webhook = []
    for i in range(args.session_capacity + 5):
        update = json.dumps({"update_id": 800000000 + now % 1000000 * 100 + i, "message": {
            "message_id": i + 1, "date": now, "chat": {"id": 515151, "type": "private"},
            "from": {"id": 515151, "is_bot": False, "first_name": "P"}, "text": QUESTIONS[i % 12]}})
        r = p.check(f"ratelimit:telegram#{i}", request("POST", tg, update, hdr), 200)
        webhook.append(r.status if r else None)
    p.note(f"Telegram: {webhook.count(200)} of {len(webhook)} updates from one person answered 200 (paced, not 429)")

    after = scrape(p, "safepace_rate_limit_refusals_total")
    if before is None or after is None:
        p.note("refusal counter not checked (/actuator/prometheus not exposed)")
        return
    for kind in ("session", "address"):
        label = '{kind="%s"}' % kind
        counted = after.get(label, 0) - before.get(label, 0)
        if counted != refused[kind]:
            p.contract.append(f"ratelimit: safepace_rate_limit_refusals_total{label} rose by {counted:.0f}, "
                              f"{refused[kind]} refusals seen")
    p.note(f"safepace_rate_limit_refusals_total rose by exactly the refusals seen: {refused}")


def sessions(p, args):
    """--sessions new sessions (half of them asking with a session id the client made up): every one answered with an
    id of its own, none a 5xx, and the memory store's bound (--max-sessions) respected."""
    n = args.sessions
    ids, made_up, latencies = [], [], []
    gauge_before = scrape(p, "safepace_sessions")
    threads_before, rss_before = threads_and_rss(p)
    heap_before = heap_after_gc(p)
    per_source = max(1, args.address_capacity // 2)
    sources = [p.source() for _ in range(n // per_source + 1)]

    def one(i):
        claim = f"probe{i:08d}{MARK}x" if i % 2 else None  # matches the id syntax, never handed out by the service
        t = time.monotonic()
        r = p.check(f"sessions#{i}", request("POST", CHAT, chat_body(QUESTIONS[i % 12], claim), JSON_HEADERS), 200,
                    chat_ok=True, source=sources[i // per_source])
        latencies.append(time.monotonic() - t)
        sid = reply_json(r).get("sessionId")
        if sid and sid == claim:
            p.contract.append(f"sessions#{i}: the service adopted a session id the client made up")
        return sid

    started = time.monotonic()
    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(one, range(n)))
    elapsed = time.monotonic() - started
    got = [i for i in ids if i]
    if len(set(got)) != len(got) or len(got) != n:
        p.contract.append(f"sessions: {len(got)} session ids for {n} new sessions, {len(set(got))} distinct")
    p.note(f"{n} new sessions in {elapsed:.0f} s ({n / elapsed:.0f}/s on 8 connections), p50 "
           f"{percentile(latencies, 0.5) * 1000:.0f} ms, p99 {percentile(latencies, 0.99) * 1000:.0f} ms, "
           f"{len(set(got))} distinct ids")
    gauge = scrape(p, "safepace_sessions")
    if gauge is not None:
        held = gauge.get("", 0)
        if held > args.max_sessions:
            p.contract.append(f"sessions: {held:.0f} sessions held, over max-sessions {args.max_sessions}")
        p.note(f"safepace_sessions {gauge_before.get('', 0):.0f} -> {held:.0f} (bound {args.max_sessions})")
    else:
        p.note("safepace_sessions not checked (/actuator/prometheus not exposed)")
    # The first session is forgotten when more were made than the bound (least recently used first); the last one is
    # remembered. A forgotten id is never an error: it starts a new session.
    first = reply_json(p.check("sessions:first-again", request("POST", CHAT, chat_body("and then?", got[0]),
                                                               JSON_HEADERS), 200, chat_ok=True)).get("sessionId")
    last = reply_json(p.check("sessions:last-again", request("POST", CHAT, chat_body("and then?", got[-1]),
                                                             JSON_HEADERS), 200, chat_ok=True)).get("sessionId")
    if last != got[-1]:
        p.contract.append("sessions: the most recent session was not remembered")
    if n > args.max_sessions and first == got[0]:
        p.contract.append("sessions: the first session is still remembered beyond the bound")
    p.note(f"first session {'remembered' if first == got[0] else 'forgotten (a new one started)'}, "
           f"last {'remembered' if last == got[-1] else 'forgotten'}")
    threads_after, rss_after = threads_and_rss(p)
    heap_after = heap_after_gc(p)
    if rss_before is not None:
        p.note(f"service threads {threads_before} -> {threads_after}, resident memory {rss_before} -> {rss_after} MB")
    if heap_before is not None and heap_after is not None:
        p.note(f"heap after a full GC {heap_before:.0f} -> {heap_after:.0f} MB")


class SlowClient(threading.Thread):
    """One slow client: 'body' sends a chat body a byte at a time; 'reader' asks for a stream and reads the answer
    16 bytes every 50 ms; 'stalled' asks for STALLED_PIPELINE streams on one connection and never reads."""

    def __init__(self, port, source, kind, seconds):
        super().__init__(daemon=True)
        self.port, self.source, self.kind, self.seconds = port, source, kind, seconds
        self.status, self.error, self.received = None, None, 0

    def run(self):
        try:
            s = socket.socket()
            if self.kind != "body":
                s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # so the server's writes soon wait for us
            s.bind((self.source, 0))
            s.settimeout(120)
            s.connect(("127.0.0.1", self.port))
            if self.kind == "body":
                body = chat_body(QUESTIONS[3]).encode()
                s.sendall(f"POST {CHAT} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n"
                          f"Content-Length: {len(body)}\r\n\r\n".encode())
                try:
                    for i in range(len(body)):
                        s.sendall(body[i:i + 1])
                        time.sleep(self.seconds / len(body))
                except OSError:
                    pass  # the server answered (408) and closed before the body was done: read what it said
                chunks = []
                try:
                    for b in iter(lambda: s.recv(65536), b""):
                        chunks.append(b)
                except OSError:
                    pass
                r = parse(b"".join(chunks))
                self.status = r.status if r else None
            else:
                one = request("POST", STREAM, chat_body(QUESTIONS[0]), {"Content-Type": "application/json",
                              "Accept": "text/event-stream", "Connection": "keep-alive"})
                # A slow reader asks once, as an SSE client does; one that stops reading has asked several times on
                # the connection (pipelined), so its answers outgrow what the socket buffers hold.
                s.sendall(one * (STALLED_PIPELINE if self.kind == "stalled" else 1))
                end = time.monotonic() + self.seconds
                while time.monotonic() < end:
                    if self.kind == "reader":
                        b = s.recv(16)
                        if not b:
                            break
                        self.received += len(b)
                    time.sleep(0.05)
            s.close()
        except OSError as e:
            self.error = type(e).__name__


def slow(p, args):
    """Slow clients, --slow-clients of each kind at once: bodies sent a byte at a time, slow readers of the SSE stream
    and clients that stop reading. Meanwhile a normal client asks every 0.2 s: its latency must stay near its
    baseline, and once the slow ones are gone the service's threads must come back down."""
    def normal(name):
        t = time.monotonic()
        p.check(name, request("POST", CHAT, chat_body(QUESTIONS[5]), JSON_HEADERS), 200, chat_ok=True, read_timeout=60)
        return time.monotonic() - t

    baseline = [normal(f"slow:baseline#{i}") for i in range(30)]
    threads_before, _ = threads_and_rss(p)
    live_before = scrape(p, "jvm_threads_live_threads")
    p.note(f"baseline: normal request p50 {percentile(baseline, 0.5) * 1000:.0f} ms, p99 "
           f"{percentile(baseline, 0.99) * 1000:.0f} ms; service threads {threads_before}")
    limit = max(1.0, 10 * percentile(baseline, 0.99))
    for kind, seconds in (("body", 30), ("reader", 30), ("stalled", 30)):
        clients = [SlowClient(args.port, p.source(), kind, seconds) for _ in range(args.slow_clients)]
        for c in clients:  # arriving over 2 s, as people do: the work they ask for is not what is measured here
            c.start()
            time.sleep(2 / len(clients))
        during, peak = [], 0
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            during.append(normal(f"slow:{kind}:normal#{len(during)}"))
            peak = max(peak, threads_and_rss(p)[0] or 0)
            time.sleep(0.2)
        for c in clients:
            c.join(timeout=120)
        slow_ones = [d for d in during if d > limit]
        if slow_ones:
            p.contract.append(f"slow:{kind}: {len(slow_ones)} of {len(during)} normal requests took over "
                              f"{limit:.1f} s (max {max(during):.1f} s) while {args.slow_clients} {kind} clients ran")
        outcome = {}
        for c in clients:
            key = c.status if kind == "body" else (c.error or "closed")
            outcome[key] = outcome.get(key, 0) + 1
        if kind == "body" and any(isinstance(k, int) and k >= 500 for k in outcome):
            p.fivexx.append(f"slow:body: the slow clients got {outcome}")
        elif kind == "body" and set(outcome) - {200, 408}:
            p.contract.append(f"slow:body: the slow clients got {outcome}, expected 200 or the 408 at the deadline")
        p.note(f"{args.slow_clients} '{kind}' clients for {seconds} s: normal request p50 "
               f"{percentile(during, 0.5) * 1000:.0f} ms, p99 {percentile(during, 0.99) * 1000:.0f} ms, max "
               f"{max(during) * 1000:.0f} ms ({len(during)} requests); peak service threads {peak or 'n/a'}; "
               f"slow clients' outcome {outcome}")
    # Leaks: Tomcat's idle workers retire after 60 s; then the thread count must be back near where it started.
    settled = None
    if threads_before is not None:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            settled = threads_and_rss(p)[0]
            if settled <= threads_before + 10:
                break
            time.sleep(5)
        if settled > threads_before + 10:
            p.leaks.append(f"slow: service threads {threads_before} before, {settled} 90 s after the slow clients")
    live_after = scrape(p, "jvm_threads_live_threads")
    p.note(f"service threads {threads_before} before, {settled} after settling; jvm_threads_live_threads "
           f"{(live_before or {}).get('', 'n/a')} -> {(live_after or {}).get('', 'n/a')}")
    after = [normal(f"slow:after#{i}") for i in range(10)]
    p.note(f"afterwards: normal request p50 {percentile(after, 0.5) * 1000:.0f} ms")


LOAD_SECTIONS = ["ratelimit", "sessions", "slow"]
SECTIONS = {"hostile": hostile, "ratelimit": ratelimit, "sessions": sessions, "slow": slow}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--log", required=True)
    ap.add_argument("--telegram-secret", required=True)
    ap.add_argument("--whatsapp-secret", required=True)
    ap.add_argument("--whatsapp-verify-token", required=True)
    ap.add_argument("--load", action="store_true", help="also run the load sections: " + ", ".join(LOAD_SECTIONS))
    ap.add_argument("--sections", help="comma-separated sections to run instead: " + ", ".join(SECTIONS))
    ap.add_argument("--sessions", type=int, default=20000, help="new sessions in the sessions section")
    ap.add_argument("--max-sessions", type=int, default=50000,
                    help="the service's safepace.sessions.max-sessions (the bound the sessions section checks)")
    ap.add_argument("--session-capacity", type=int, default=20, help="the service's safepace.rate-limit.session-capacity")
    ap.add_argument("--session-refill", type=int, default=10, help="its session-refill-per-minute")
    ap.add_argument("--address-capacity", type=int, default=120, help="its rate-limit.address-capacity")
    ap.add_argument("--address-refill", type=int, default=120, help="its address-refill-per-minute")
    ap.add_argument("--slow-clients", type=int, default=250,
                    help="slow clients at once in the slow section (Tomcat's default pool is 200 threads)")
    ap.add_argument("--pid", type=int, help="the service's process id: thread counts and resident memory from /proc")
    args = ap.parse_args()
    chosen = args.sections.split(",") if args.sections else ["hostile"] + (LOAD_SECTIONS if args.load else [])
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        ap.error(f"unknown section(s) {unknown}; known: {SECTIONS}")
    p = Probe(args)
    for name in chosen:
        p.begin(name)
        SECTIONS[name](p, args)
        p.end(name)

    time.sleep(2)  # let the service finish logging
    with open(args.log, encoding="utf-8", errors="replace") as f:
        log = f.read()
    found = sorted(set(re.findall(MARK + r"\d{5}", log, flags=re.IGNORECASE)))
    for mk in found:
        line = next(l for l in log.splitlines() if mk.lower() in l.lower())
        p.leaks.append(f"log carries marker {mk}: {line[:200]}")
    if re.search(r"^\s+at [\w.$]+\(", log, flags=re.MULTILINE):
        p.leaks.append("log carries a stack trace")

    print(f"requests: {p.sent}  statuses: {dict(sorted(p.statuses.items()))}")
    for section, sent, f, c, l, figures, seconds in p.summary:
        print(f"section {section}: {sent} requests in {seconds:.0f} s, 5xx {f}, contract {c}, leaks {l}")
        for figure in figures:
            print(f"    {figure}")
    print(f"5xx: {len(p.fivexx)}  contract violations: {len(p.contract)}  leaks: {len(p.leaks)} (the log's markers "
          f"and stack traces are counted here, across all sections)")
    for title, items in (("5xx", p.fivexx), ("contract", p.contract), ("leaks", p.leaks)):
        for item in items:
            print(f"  {title}: {item}")
    return 0 if not (p.fivexx or p.contract or p.leaks) else 1


if __name__ == "__main__":
    sys.exit(main())
