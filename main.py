"""Replidesk: run AI models hosted on Replicate from your desktop."""

from __future__ import annotations

import argparse
import sys


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="replidesk", description="Run AI models hosted on Replicate.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check dependencies, keyring, resources and the main window offscreen; exit 0 or 1",
    )
    parser.add_argument(
        "--self-test-prompt",
        metavar="TEXT",
        help="with --self-test: also run this prompt through the window (needs a token)",
    )
    parser.add_argument("--self-test-model", metavar="MODEL", default="meta/meta-llama-3-8b-instruct")
    parser.add_argument(
        "--self-test-require-media",
        action="store_true",
        help="with --self-test: fail if inline sound and video cannot play",
    )
    parser.add_argument(
        "--self-test-report",
        metavar="FILE",
        help="also write the self-test's line to FILE (a windowed build has no console)",
    )
    parser.add_argument("--model", metavar="OWNER/NAME", help="the model to show at start")
    parser.add_argument("--prompt", metavar="TEXT", help="the prompt to put in the editor at start")
    parser.add_argument("--run", action="store_true", help="run the prompt as soon as the window is ready")
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)  # start-up bench: first frame
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)  # and the whole window
    args, _qt_args = parser.parse_known_args(argv[1:])
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    args = parse_args(argv)
    if args.version:
        from core import APP_NAME, __version__

        print(f"{APP_NAME} {__version__}")
        return 0
    if args.self_test:
        from gui.self_test import run_self_test

        return run_self_test(
            args.self_test_model, args.self_test_prompt, args.self_test_report, args.self_test_require_media
        )
    from gui.app import main as run_app

    return run_app(
        argv,
        exit_when_shown=args.exit_when_shown,
        model=args.model,
        prompt=args.prompt,
        run=args.run,
        exit_when_ready=args.exit_when_ready,
    )


if __name__ == "__main__":
    sys.exit(main())
