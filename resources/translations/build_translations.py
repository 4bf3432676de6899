"""Rebuild the English translation of the GUI: lupdate → fill known English → lrelease.

Run from the repository root:  python resources/translations/build_translations.py
Chinese (zh_CN) is the source language; yiyong_en.ts keeps every source string; the English
below fills those still empty (hand edits made in the .ts, e.g. with Qt Linguist, are kept).
Strings without English stay unfinished and show in Chinese.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "yiyong_en.ts"
QM = TS.with_suffix(".qm")

EN = {
    # navigation and pages
    "首页": "Home", "人员台账": "People", "事迹与确认": "Deeds & confirmation", "表彰奖励": "Commendations",
    "优抚保障": "Guarantees", "走访慰问": "Visits", "宣传报道": "Publicity", "文书打印": "Letters",
    "数据交换": "Data exchange", "统计分析": "Statistics", "设置": "Settings",
    "在这里打印确认书、荣誉证书、慰问信等公文，可批量生成并按原样重印。":
        "Print confirmation letters, certificates of honour and letters of condolence here, in batches, "
        "and reprint them exactly.",
    "在这里通过U盘与市、省两级交换数据：导出数据包、预览并导入收到的数据包。":
        "Exchange records with the city and province offices by USB stick here: export packages, preview and "
        "import received ones.",
    "在这里按年度、类别、地区统计见义勇为人员与事迹，并导出统计报表。":
        "Count people and deeds by year, category and area here, and export statistical tables.",
    "此功能将在后续版本中提供。": "This will come in a later version.",
    "（页面未能加载：{0}）": "(The page could not be loaded: {0})",
    # application and main window
    "见义勇为工作台": "Yiyong — Bravery Recognition Desk", "无法打开数据库": "Cannot open the database",
    "文件(&F)": "&File", "新增记录": "New record", "保存": "Save", "查找": "Find", "刷新": "Refresh",
    "退出": "Quit", "页面(&G)": "&Go", "帮助(&H)": "&Help", "使用说明": "How to use",
    "关于见义勇为工作台": "About Yiyong", "未设置单位": "No office set", "今天：{0}": "Today: {0}",
    "操作人：{0}": "User: {0}", "此页面不能新增记录": "This page has no records to add",
    "没有需要保存的内容": "Nothing to save",
    "左侧选择工作页面。\nCtrl+N 新增记录，Ctrl+S 保存，Ctrl+F 查找，F5 刷新，Alt+数字 切换页面。\n"
    "表格中双击或按回车打开记录；右键单击表头可选择显示的列。\n搜索框可输入姓名、拼音首字母（如 zs）、证件号码或其末几位。":
        "Choose a page on the left.\nCtrl+N new record, Ctrl+S save, Ctrl+F find, F5 refresh, Alt+number "
        "switch page.\nDouble-click or press Enter in a table to open a record; right-click a table header to "
        "choose columns.\nSearch by name, pinyin initials (e.g. zs), ID number or its last digits.",
    "见义勇为工作台 {0}\n供县（市、区）见义勇为工作部门离线使用。":
        "Yiyong {0}\nAn offline desk for county offices that recognise and look after citizens who acted bravely.",
    # first run
    "设置本单位信息": "Set up this office",
    "欢迎使用见义勇为工作台。首次使用前，请选择本单位所在的行政区划并填写单位名称。区划代码将写入本单位登记的每一条记录，用于与市、省两级交换数据。":
        "Welcome. Before first use, choose the division of this office and enter its name. The division code "
        "is written into every record this office keeps and is used to exchange data with the city and province.",
    "输入区划名称或代码，如 上城区 或 330102": "Type a division name or code, e.g. 上城区 or 330102",
    "如：杭州市公安局上城区分局": "e.g. 杭州市公安局上城区分局", "行政区划 *": "Division *", "单位名称 *": "Office name *",
    "确定": "OK", "取消": "Cancel", "请选择本单位所在的行政区划": "Please choose the division of this office",
    # background work
    "正在取消……": "Cancelling…", "程序内部错误：{0}\n详细信息已写入日志。": "Internal error: {0}\nDetails were written to the log.",
    # tables
    "搜索：姓名、拼音首字母、证件号码或关键词": "Search: name, pinyin initials, ID number or keyword",
    "全部{0}": "All: {0}", "新增": "New", "新增记录（Ctrl+N）": "New record (Ctrl+N)", "查询中……": "Searching…",
    "正在查询": "Searching", "查询出错": "Search failed", "共 {0} 条": "{0} rows", "显示的列": "Columns shown",
    "恢复默认列": "Default columns", "表单": "Forms", "记录表单尚未就绪。": "Record forms are not available yet.",
    # home
    "见义勇为人员": "Heroes", "事迹": "Deeds", "办理中的确认案件": "Open confirmation cases",
    "已确认见义勇为": "Confirmed", "牺牲人员": "Deceased", "致残人员": "Disabled",
    "奖励已批准未发放": "Awards approved, unpaid", "确认期限": "Confirmation deadline", "奖励发放": "Award payment",
    "保障事项": "Guarantee", "公示期满": "Public notice ends", "待办事项": "To do",
    "红色为已超期，黄色为临近期限。单击一项打开对应记录。": "Red: overdue; amber: deadline near. Click an entry to open its record.",
    "目前没有需要处理的事项。": "Nothing needs doing now.", "正在读取待办事项": "Reading the to-do list",
    "单击打开记录": "Click to open the record", "全部": "All",
    # columns and filters
    "姓名": "Name", "性别": "Gender", "出生日期": "Birth date", "证件号码": "ID number", "人员状态": "State",
    "外来务工": "Migrant", "户籍地": "Household registration", "工作单位": "Employer", "职业": "Occupation",
    "联系电话": "Phone", "银行账号": "Bank account", "政治面貌": "Political status", "不公开身份": "Do not publicise",
    "编号": "No.", "状态": "state", "务工情况": "migrant status", "外来务工人员": "Migrant workers",
    "事迹年度": "deed year", "事迹发生地": "deed place", "本人结果": "outcome",
    "姓名、拼音首字母（如 zs）、证件号码": "Name, pinyin initials (e.g. zs), ID number",
    "发生日期": "Date", "事迹标题": "Title", "行为类别": "Category", "发生地": "Place", "发生地点": "Address",
    "确认状态": "Confirmation", "接报警情编号": "Police report no.", "人员结果": "outcome",
    "事迹标题、地点、警情编号、人员姓名": "Title, place, police report no., person's name",
    "收到日期": "Received", "人员": "People", "来源": "Source", "申请人/举荐人": "Applicant",
    "办理状态": "State", "期限": "Deadline", "受理日期": "Accepted", "确认结论": "Decision",
    "决定文号": "Decision no.", "决定日期": "Decided on", "办理情况": "progress", "正在办理": "Open cases",
    "收到年度": "year received", "事迹标题、申请人、决定文号、人员姓名": "Deed title, applicant, decision no., person's name",
    "确认案件": "Confirmation cases", "期限一栏：黄色为临近到期，红色为已超期。": "Deadline column: amber when near, red when overdue.",
    "新增确认案件": "New confirmation case",
    "请先在“事迹”页选中要申请确认的事迹，再新增确认案件。": "First choose the deed on the Deeds tab, then add its confirmation case.",
    "年度": "Year", "表彰批次名称": "Batch", "表彰级别": "Level", "表彰机关": "Issued by", "表彰文号": "Document no.",
    "表彰日期": "Date", "人数": "People", "奖励金额合计（元）": "Total (CNY)",
    "搜索：批次名称、文号或受表彰人员": "Search: batch, document no. or person",
    "序号": "No.", "荣誉称号": "Honour", "记功": "Merit", "奖励金额（元）": "Award (CNY)", "发放状态": "Payment",
    "发放日期": "Paid on", "证书编号": "Certificate no.", "身份证号": "ID number",
    "在本批次中搜索：姓名、拼音首字母或荣誉称号": "Search this batch: name, pinyin initials or honour",
    "表彰名单：请在上方选择表彰批次": "Roll: choose a batch above", "表彰名单：{0}": "Roll: {0}",
    "发放状态为黄色：已批准、尚未发放。": "Amber payment: approved but not yet paid.",
    "新增奖励": "New award", "请先在上方选中一个表彰批次。": "First choose a batch above.",
    "保障类别": "Kind", "责任部门": "Department", "金额（元）": "Amount (CNY)", "伤残等级": "Disability grade",
    "申请日期": "Applied on", "落实日期": "Granted on", "下次办理期限": "Next due", "事项说明": "Description",
    "申请年度": "year applied", "搜索：人员姓名、拼音首字母、证件号码或事项说明": "Search: name, pinyin initials, ID number or description",
    "发布日期": "Date", "标题": "Title", "媒体类型": "Media", "媒体名称": "Outlet", "链接或版面": "Link or page",
    "搜索：标题、媒体名称、人员姓名或事迹": "Search: title, outlet, person or deed",
    "走访日期": "Date", "走访类型": "Occasion", "走访单位": "Unit", "走访人员": "Visitors",
    "慰问金额（元）": "Amount (CNY)", "情况记录": "Notes",
    "搜索：人员姓名、拼音首字母、走访单位或走访人员": "Search: name, pinyin initials, unit or visitors",
    # settings
    "本单位": "This office", "区划代码：": "Division code:", "所属区划：": "Division:", "单位名称：": "Office name:",
    "单位级别：": "Level:", "修改单位信息…": "Change office…", "界面": "Interface",
    "更改语言后，重新启动程序生效。": "A new language takes effect when the program is restarted.",
    "界面语言：": "Language:", " 分钟": " min", "不锁定": "Never", "无操作自动锁定：": "Lock when idle:",
    " 行": " rows", "表格每次读取：": "Rows read at a time:",
    "在表格中显示完整的证件号码、电话和银行账号": "Show full ID numbers, phones and bank accounts in tables",
    "保存设置": "Save settings", "保存设置（Ctrl+S）": "Save settings (Ctrl+S)",
    "期限倒计时": "Countdown", "已超期{0}天": "{0} days overdue", "今天到期": "due today", "剩余{0}天": "{0} days left", "未设置": "Not set", "设置已保存。": "Settings saved.",
    "界面语言将在重新启动程序后生效。": " The language changes when the program is restarted.",
}

SOURCES = ["desktop/gui/app.py", "desktop/gui/main_window.py", "desktop/gui/first_run.py", "desktop/gui/workers.py",
           "desktop/gui/table_model.py", "desktop/gui/pages", "desktop/gui/forms"]


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6
    return str(Path(PySide6.__file__).parent / name)


def fill(ts: Path) -> tuple[int, int]:
    tree = ET.parse(ts)
    done = missing = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation.get("type") == "obsolete" or translation.get("type") == "vanished":
            continue
        if translation.text and translation.get("type") != "unfinished":
            done += 1
            continue
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
            done += 1
        else:
            missing += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done, missing


def main() -> int:
    sources: list[str] = []
    for s in SOURCES:
        path = ROOT / s
        sources += sorted(str(p) for p in path.glob("*.py")) if path.is_dir() else [str(path)] if path.exists() else []
    subprocess.run([tool("lupdate"), *sources, "-source-language", "zh_CN",
                    "-target-language", "en", "-no-obsolete", "-ts", str(TS)], check=True, cwd=ROOT)
    done, missing = fill(TS)
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(QM)], check=True, cwd=ROOT)
    print(f"{done} translated, {missing} without English (shown in Chinese)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
