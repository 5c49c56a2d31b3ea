"""Docs that cannot drift: the README documents every command and option, its quick start
is two commands, and the committed report is what the quick start writes."""

from __future__ import annotations

import re

from click.testing import CliRunner

from factcheck.cli import main

from .conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_quick_start_is_two_commands_that_install_run_and_test():
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [line.strip()[2:] for line in section.splitlines() if line.strip().startswith("$ ")]
    assert len(commands) == 2
    assert "pip install" in commands[0] and "factcheck extract seeds/ -o reports/claims.csv" in commands[0]
    assert "pip install" in commands[1] and "python -m pytest" in commands[1]


def test_every_command_and_option_is_in_the_readme():
    for name, cmd in main.commands.items():
        assert f"factcheck {name}" in README, name
        for param in cmd.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt not in ("--help", "--verbose"):
                    assert opt in README, f"{name} {opt} is not documented in README.md"


def test_exit_statuses_documented_match_the_cli_module():
    from factcheck import cli

    table = README.split("## Exit status", 1)[1].split("\n## ", 1)[0]
    documented = {int(m) for m in re.findall(r"^\| (\d) \|", table, re.MULTILINE)}
    assert documented == {cli.EXIT_OK, cli.EXIT_PROBLEMS, cli.EXIT_USAGE}


def test_committed_seed_report_is_current(tmp_path):
    out = tmp_path / "claims.csv"
    res = CliRunner().invoke(main, ["extract", str(REPO / "seeds"), "-o", str(out)])
    assert res.exit_code == 0
    assert out.read_text(encoding="utf-8") == (REPO / "reports" / "claims.csv").read_text(encoding="utf-8"), \
        "reports/claims.csv is stale: run `factcheck extract seeds/ -o reports/claims.csv`"
