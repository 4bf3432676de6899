"""Starting the GUI (placeholder until the GUI lands)."""


def run_gui(db=None) -> int:
    import sys
    sys.stderr.write("图形界面尚未完成，请使用子命令（python -m desktop --help）\n")
    return 1
