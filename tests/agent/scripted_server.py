"""A scripted OpenAI-compatible Chat Completions server, for the real `openai` client to talk to.

Each POST takes the next step of the script (or asks a responder function). Steps stream
Server-Sent Events the way the real API does: content in small deltas, tool calls split
across chunks (id and name first, arguments in pieces), usage in the last chunk. Faults:
an HTTP status with headers (429 with Retry-After), a hang, a stream cut mid-way.
Every request body is kept, so tests can check exactly what reached the "provider".

Server differences (`refuse`, and per step `usage=False`, `finish_reason`, `no_index`,
`arguments_as_object`) play the OpenAI-compatible servers that implement only part of the API.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def final(content: str, **extra: Any) -> dict[str, Any]:
    return {"content": content, **extra}


def text_calls(*calls: tuple[str, dict[str, Any]], before: str = "", fence: str = "json", **extra: Any):
    """A step that writes its calls as JSON in the message text, as small open models do."""
    written = [{"name": name, "arguments": args} for name, args in calls]
    block = json.dumps(written[0] if len(written) == 1 else written, indent=2)
    text = f"```{fence}\n{block}\n```" if fence is not None else block
    return {"content": f"{before}\n\n{text}" if before else text, **extra}


def tools(*calls: tuple[str, dict[str, Any] | str], content: str = "", **extra: Any) -> dict[str, Any]:
    """A step that calls tools; arguments may be a dict or raw text (to send malformed JSON)."""
    return {
        "content": content,
        "tool_calls": [
            {
                "id": f"call_{i}_{name}",
                "name": name,
                "arguments": args if isinstance(args, str) else json.dumps(args),
            }
            for i, (name, args) in enumerate(calls)
        ],
        **extra,
    }


class _Server(ThreadingHTTPServer):
    request_queue_size = 1024  # hundreds of concurrent turns connect at once in the benchmark

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client dropping a kept-alive connection (a worker stopping) is not the server's error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class ScriptedServer:
    def __init__(self) -> None:
        self.steps: deque[dict[str, Any]] = deque()
        self.requests: list[dict[str, Any]] = []
        self.connections: set[tuple[str, int]] = set()  # client addresses: one per TCP connection
        self.responder: Callable[[dict[str, Any]], dict[str, Any]] | None = None
        # Request parameters this server refuses: name -> (status, message), answered before any step.
        self.refuse: dict[str, tuple[int, str]] = {}
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # As real servers (uvicorn, nginx) do: with Nagle on, each streamed chunk on a
            # kept-alive connection waited for the client's delayed ACK, up to 40 ms.
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                with server.lock:
                    server.requests.append(body)
                    server.connections.add(self.client_address)
                    refused = next((server.refuse[k] for k in server.refuse if k in body), None)
                    step = None if refused else (server.steps.popleft() if server.steps else None)
                if refused:
                    status, message = refused
                    server._answer(self, {"status": status, "body": {"error": {"message": message}}})
                    return
                if step is None:
                    step = (
                        server.responder(body) if server.responder else final("Thank you for your message.")
                    )
                server._answer(self, step)

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def start(self) -> ScriptedServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def script(self, *steps: dict[str, Any]) -> None:
        with self.lock:
            self.steps.extend(steps)

    def sent_text(self) -> str:
        """Everything the client sent, as one string (for leak checks)."""
        return json.dumps(self.requests, ensure_ascii=False)

    # -- answering ---------------------------------------------------------------------------------
    def _answer(self, handler: BaseHTTPRequestHandler, step: dict[str, Any]) -> None:
        if step.get("hang"):
            time.sleep(step["hang"])
        if step.get("delay"):
            time.sleep(step["delay"])
        if "status" in step:
            payload = json.dumps(
                step.get("body", {"error": {"message": "scripted failure", "type": "scripted"}})
            )
            handler.send_response(step["status"])
            for name, value in step.get("headers", {}).items():
                handler.send_header(name, value)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload.encode())
            return
        # Chunked transfer on a kept-alive connection, as the real API streams: a client reuses
        # its connections, and a cut is a connection dropped before the terminating chunk.
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        chunks = list(self._chunks(step))
        if step.get("cut"):
            chunks = chunks[: max(1, len(chunks) // 2)]

        def send(data: bytes) -> None:
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            handler.wfile.flush()

        try:
            for chunk in chunks:
                send(f"data: {json.dumps(chunk)}\n\n".encode())
                if step.get("token_delay"):
                    time.sleep(step["token_delay"])
            if step.get("cut"):
                handler.close_connection = True
                return
            send(b"data: [DONE]\n\n")
            handler.wfile.write(b"0\r\n\r\n")
            handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True

    def _chunks(self, step: dict[str, Any]):
        base = {
            "id": "chatcmpl-scripted",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "scripted",
        }
        size = step.get("chunk_size", 8)
        content = step.get("content", "")
        yield {**base, "choices": [{"index": 0, "delta": {"role": "assistant"}, "finish_reason": None}]}
        for start in range(0, len(content), size):
            delta = {"content": content[start : start + size]}
            yield {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
        for index, call in enumerate(step.get("tool_calls", [])):
            head = {
                "index": index,
                "id": call["id"],
                "type": "function",
                "function": {"name": call["name"], "arguments": ""},
            }
            if step.get("arguments_as_object"):
                head["function"]["arguments"] = json.loads(call["arguments"])
            if step.get("no_index"):
                del head["index"]
            yield {**base, "choices": [{"index": 0, "delta": {"tool_calls": [head]}, "finish_reason": None}]}
            if step.get("arguments_as_object"):
                continue
            arguments = call["arguments"]
            for start in range(0, len(arguments), size):
                piece = {"index": index, "function": {"arguments": arguments[start : start + size]}}
                if step.get("no_index"):
                    del piece["index"]
                yield {
                    **base,
                    "choices": [{"index": 0, "delta": {"tool_calls": [piece]}, "finish_reason": None}],
                }
        reason = step.get("finish_reason") or ("tool_calls" if step.get("tool_calls") else "stop")
        yield {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": reason}]}
        if step.get("usage") is False:
            return
        usage = {
            "prompt_tokens": step.get("prompt_tokens", 120),
            "completion_tokens": step.get("completion_tokens", 30),
        }
        yield {**base, "choices": [], "usage": {**usage, "total_tokens": sum(usage.values())}}
