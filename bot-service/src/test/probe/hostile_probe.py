#!/usr/bin/env python3
"""Hostile-input probe against a running SafePace (issue 13).

Sends malformed and wrongly typed bodies, odd encodings, size boundaries, deeply nested JSON (chunked and with a
length), SSE disconnects, unsupported Transfer-Encoding, forged and replayed webhooks, GET/HEAD /error, headers with
bad characters, odd methods and paths, over raw sockets, then greps the service's log for the marker every request
carried. Counts:
  5xx        responses with a status >= 500 other than the 501 HTTP asks for an unsupported Transfer-Encoding
  contract   error responses that are not application/problem+json with type/title/status (HEAD: the header only),
             or a 200 chat reply without a reply
  leaks      a marker found in the log, or a stack trace / exception name in a response body

Usage (the service started with both channels on, see the README's "Hostile-input probe"):
  python3 bot-service/src/test/probe/hostile_probe.py --port 8080 --log app.log \
      --telegram-secret S --whatsapp-secret S --whatsapp-verify-token T
Exit status 0 when all three counts are 0.
"""
import argparse
import hashlib
import hmac
import json
import re
import socket
import sys
import time

MARK = "Zqxmark"
counter = [0]


def marker():
    counter[0] += 1
    return f"{MARK}{counter[0]:05d}"


class Result:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body


def raw(port, data, read_timeout=30.0, close_after=None):
    """Sends bytes, reads the whole response (Connection: close), returns a Result or None if no response."""
    s = socket.create_connection(("127.0.0.1", port), timeout=read_timeout)
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

    def check(self, name, data, expect=None, is_head=False, chat_ok=False, allow_no_response=False, **kw):
        self.sent += 1
        r = raw(self.args.port, data, **kw)
        if r is None:
            if not allow_no_response:
                self.contract.append(f"{name}: no response")
            return None
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--log", required=True)
    ap.add_argument("--telegram-secret", required=True)
    ap.add_argument("--whatsapp-secret", required=True)
    ap.add_argument("--whatsapp-verify-token", required=True)
    args = ap.parse_args()
    p = Probe(args)
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
    print(f"5xx: {len(p.fivexx)}  contract violations: {len(p.contract)}  leaks: {len(p.leaks)}")
    for title, items in (("5xx", p.fivexx), ("contract", p.contract), ("leaks", p.leaks)):
        for item in items:
            print(f"  {title}: {item}")
    return 0 if not (p.fivexx or p.contract or p.leaks) else 1


if __name__ == "__main__":
    sys.exit(main())
