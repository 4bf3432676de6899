"""The command line: a thin face over the services.

`python -m desktop` with no subcommand opens the GUI; with one it works headless.
Global options come before the subcommand: --db PATH_OR_URL, --json.
Exit codes: 0 done, 1 refused (bad value, missing file or record), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from decimal import Decimal
from typing import Any, Callable

from desktop import __version__
from desktop.commands import COMMAND_MODULES, load_command_module
from desktop.domain.errors import Cancelled, UserError

log = logging.getLogger("desktop")


class UsageError(UserError):
    exit_code = 2


class Parser(argparse.ArgumentParser):
    """argparse with Chinese framing; wrong usage exits 2 with one line on stderr."""

    def error(self, message: str) -> None:  # type: ignore[override]
        message = (message.replace("the following arguments are required", "缺少参数")
                   .replace("unrecognized arguments", "无法识别的参数")
                   .replace("invalid choice", "无效的选项")
                   .replace("expected one argument", "需要一个参数")
                   .replace("argument ", "参数 "))
        sys.stderr.write(f"用法错误：{message}（{self.prog} --help 查看用法）\n")
        sys.exit(2)


class Cli:
    """What a command handler gets: the parsed arguments and the ledger, opened on first use."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self._ledger = None

    @property
    def ledger(self):
        if self._ledger is None:
            from desktop.services.ledger import Ledger
            self._ledger = Ledger.open(self.args.db)
            hook = getattr(self.args, "login_hook", None)
            if hook:
                hook(self, self._ledger)
        return self._ledger

    def close(self) -> None:
        if self._ledger is not None:
            self._ledger.close()

    def emit(self, data: Any, text: str | Callable[[], str]) -> None:
        """Print `data` as JSON with --json, otherwise the human text."""
        if self.args.json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n")
        else:
            sys.stdout.write((text() if callable(text) else text).rstrip("\n") + "\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(type(value).__name__)


def _login_hook(cli: "Cli", ledger) -> None:
    from desktop.commands.accounts import login_hook
    login_hook(cli, ledger)


def build_parser() -> Parser:
    parser = Parser(prog="yiyong", description="见义勇为工作台 Yiyong：不带子命令时打开图形界面。")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="数据库：SQLite 文件路径或 postgresql:// 地址（默认：用户数据文件夹中的 yiyong.db）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出结果（供脚本使用）")
    parser.add_argument("--version", action="version", version=f"Yiyong {__version__}")
    parser.add_argument("--selftest", action="store_true",
                        help="自检：在临时文件夹中建库、签发文书、导出并导入数据包，通过时输出 OK（不打开窗口）")
    parser.add_argument("--user", metavar="NAME", help="以此用户登录（或设置环境变量 YIYONG_USER）；密码在终端输入")
    parser.add_argument("--password-file", metavar="FILE", help="从文件读取登录密码（或环境变量 YIYONG_PASSWORD_FILE）")
    parser.set_defaults(login_hook=_login_hook)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        load_command_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from desktop import python_too_old
    if refusal := python_too_old():
        sys.stderr.write(f"错误：{refusal}\n")
        return 1
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.selftest:
        from desktop.selftest import run as run_selftest
        return run_selftest()
    if not args.command:
        if getattr(sys, "frozen", False) and sys.platform == "win32":  # double-clicked yiyong.exe: no console
            from desktop.gui.help import hide_own_console
            hide_own_console()
        if os.environ.get("YIYONG_GUI_SMOKE"):  # start the window, then quit (a bundle's smoke test)
            from desktop.gui.help import arm_gui_smoke
            arm_gui_smoke()
        from desktop.gui.app import run_gui
        return run_gui(db=args.db)
    from desktop.logfile import start_logging
    start_logging("cli")  # the same log file as the window's, in the data folder
    cli = Cli(args)
    try:
        result = args.func(cli, args)
        return int(result or 0)
    except Cancelled as exc:
        sys.stderr.write(f"{exc.message}\n")
        return exc.exit_code
    except UserError as exc:
        hint = f"（命令行：{exc.cli_hint}）" if getattr(exc, "cli_hint", None) else ""
        sys.stderr.write(f"错误：{exc.message}{hint}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("已取消\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        from desktop.store.db import DatabaseBusy, is_busy
        if is_busy(exc):  # the database held by another program past the busy timeout
            sys.stderr.write(f"错误：{DatabaseBusy().message}\n")
            return 1
        logging.getLogger("desktop.cli").exception("未处理的错误（命令 %s）", args.command)  # argv may hold a password
        raise
    finally:
        cli.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
