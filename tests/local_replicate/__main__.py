"""Run the local Replicate-compatible server by hand:

python -m tests.local_replicate --port 8787 [--history 60 --expired 20]
REPLICATE_BASE_URL=http://127.0.0.1:8787 REPLICATE_API_TOKEN=local-test-token python main.py
"""

import argparse
import signal
import threading

from .predictions import Pace
from .server import DEFAULT_TOKEN, LocalReplicate


def main() -> None:
    parser = argparse.ArgumentParser(description="Local Replicate-compatible server (127.0.0.1 only)")
    parser.add_argument("--port", type=int, default=8787)
    parser.add_argument("--token", default=DEFAULT_TOKEN, help="the API token it accepts")
    parser.add_argument("--token-delay", type=float, default=0.03, help="seconds between streamed tokens")
    parser.add_argument("--history", type=int, default=0, help="past predictions the account starts with")
    parser.add_argument("--expired", type=int, default=0, help="... of which older than an hour (data removed)")
    args = parser.parse_args()
    server = LocalReplicate(args.port, {args.token}, Pace(token_delay=args.token_delay))
    server.start()
    server.seed_account_history(args.history, min(args.expired, args.history))
    print(f"Local Replicate-compatible server at {server.base_url} (token: {args.token})", flush=True)
    stopped = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stopped.set())
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    stopped.wait()
    server.stop()


if __name__ == "__main__":
    main()
