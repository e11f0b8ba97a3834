"""``checkin``: the desktop app without a command, the headless CLI with one."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--self-test" in argv:
        if len(argv) > 1:  # a self-test checks the installation, not a desk or a command
            print("checkin: --self-test takes no other arguments", file=sys.stderr)
            return 2
        from checkin.ui.self_test import main as self_test

        return self_test()
    if argv[:1] == ["--probe-display"]:  # the self-test's child process (ui/self_test.py)
        from checkin.ui.self_test import probe_display

        return probe_display()
    from checkin.cli import gui_home
    from checkin.cli import main as cli_main

    home = gui_home(argv) if not any(a in ("-h", "--help", "--version") for a in argv) else None
    if home is None:
        return cli_main(argv)
    from checkin.ui.app import run

    return run(home=home)


if __name__ == "__main__":
    sys.exit(main())
