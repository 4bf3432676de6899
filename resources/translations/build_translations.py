"""Rebuild the English translation of the GUI: lupdate → fill known English → lrelease.

Run from the repository root:  python resources/translations/build_translations.py
Chinese (zh_CN) is the source language; yiyong_en.ts keeps every source string; the English
below fills those still empty (hand edits made in the .ts, e.g. with Qt Linguist, are kept).
Strings without English stay unfinished and show in Chinese.
"""

from __future__ import annotations

import ast
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
    "编号": "No.", "状态": "state", "务工情况": "migrant", "外来务工人员": "Migrant workers",
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
    # accounts and backups (settings)
    "账户与权限": "Accounts and permissions", "用户账户": "User accounts", "备份与恢复": "Backup and restore",
    "立即备份到…": "Back up now to…", "从备份恢复…": "Restore from backup…", "已停用": "Deactivated", "已锁定": "Locked",
    "正常": "Active", "新增用户": "New user", "角色": "Role", "再输入一次": "Repeat",
    "尚未建立用户账户：现在是单用户模式，任何人打开程序都可以做任何操作。新增第一个用户（必须是管理员）后，每次启动都需要登录。":
        "No user accounts yet: in single-user mode anyone who opens the program can do anything. Once the first user "
        "(who must be an administrator) is added, every start asks for a login.",
    "只有管理员可以管理用户账户。": "Only administrators can manage user accounts.",
    "只有管理员可以管理账户。": "Only administrators can manage accounts.",
    "录入员登记和修改记录；审核员另可确认案件、审批奖励发放、签发文书；管理员另可管理账户、密钥、设置和恢复备份。":
        "Clerks enter and edit records; reviewers can also decide confirmation cases, approve award payments and issue "
        "letters; administrators can also manage accounts, keys and settings, and restore backups.",
    "每天第一次使用时、每次导入数据包和恢复之前，程序自动备份到 {0}，保留 {1} 天。":
        "The program backs up to {0} by itself on first use each day and before every package import or restore, "
        "and keeps backups for {1} days.",
    "当前用户的角色无权查看完整的个人信息": "The current user's role may not see full personal details",
    "未能完成": "Not done", "请选择用户": "Choose a user", "请先在列表中选择一个用户。": "First choose a user in the list.",
    "两次输入的密码不一致": "The two passwords differ", "更改角色": "Change role", "“{0}”的新角色：": "New role for “{0}”:",
    "重设密码": "Reset password", "“{0}”的新密码（至少 {1} 个字符）：": "New password for “{0}” (at least {1} characters):",
    "已重设密码": "Password reset", "请把新密码当面告诉“{0}”。": "Tell “{0}” the new password in person.",
    "备份到哪个文件夹（如 U 盘）": "Folder to back up to (e.g. a USB stick)", "备份口令": "Backup passphrase",
    "设置口令可加密备份（U 盘丢失也无法读取）；留空则不加密：":
        "A passphrase encrypts the backup (unreadable even if the stick is lost); leave empty for none:",
    "备份未完成": "Backup not completed", "备份完成": "Backup done", "已备份到 {0}": "Backed up to {0}",
    "选择备份文件": "Choose a backup file", "备份文件 (*.db *.dump *.yybak);;所有文件 (*)":
        "Backup files (*.db *.dump *.yybak);;All files (*)",
    "此备份已加密，请输入口令：": "This backup is encrypted; enter its passphrase:", "备份不能使用": "Backup cannot be used",
    "从备份恢复": "Restore from backup",
    "备份检查通过（审计记录 {0} 条）。用它替换当前数据库吗？当前数据库将改名保留。":
        "The backup passed its check ({0} audit records). Replace the current database with it? The current "
        "database is kept under a new name.",
    "恢复未完成": "Restore not completed", "恢复完成": "Restore done",
    "已从备份恢复。原数据库保留为：{0}\n请重新打开各页面。": "Restored from the backup. The old database is kept as: {0}\nPlease reopen the pages.",
    # login
    "已锁定 — 见义勇为工作台": "Locked — Yiyong", "登录 — 见义勇为工作台": "Log in — Yiyong",
    "窗口因长时间未操作已锁定，请重新输入密码。": "The window locked after a long idle time; enter your password again.",
    "请登录后使用。账户由管理员在“设置 → 用户账户”中建立。":
        "Please log in. Accounts are created by an administrator under “Settings → User accounts”.",
    "用户名": "User name", "密码": "Password", "登录": "Log in", "解锁": "Unlock", "退出程序": "Quit",
    "请输入用户名": "Enter your user name",
    # first-run wizard
    "见义勇为工作台 — 首次使用设置": "Yiyong — first-run setup", "下一步": "Next", "上一步": "Back", "完成": "Finish",
    "无法完成设置": "Setup could not be completed", "生成演示数据失败": "Demo data could not be created",
    "正在生成演示数据": "Creating demo data", "第 1 步（共 4 步）：本单位": "Step 1 of 4: this office",
    "请选择本单位所在的行政区划并填写单位名称。区划代码将写入本单位登记的每一条记录，用于与市、省两级交换数据，设置后不宜更改。":
        "Choose this office's division and enter its name. The division code goes into every record and is used "
        "for exchange with the city and province; keep it unchanged.",
    "如：杭州市上城区见义勇为协会": "e.g. 杭州市上城区见义勇为协会", "如：{0}见义勇为协会": "e.g. {0}见义勇为协会",
    "区划代码 {0} 不是省、市或县级单位": "Division code {0} is not a province, city or county",
    "单位名称不能为空": "The office name is required",
    "第 2 步（共 4 步）：管理员账户": "Step 2 of 4: administrator account",
    "本数据库已经有管理员账户，无需再次创建。": "This database already has an administrator account; no need to create one.",
    "管理员可以添加和停用用户、管理交换密钥、修改设置和恢复备份。请牢记密码：忘记后只能由其他管理员重置。":
        "The administrator adds and deactivates users, manages exchange keys and settings, and restores backups. "
        "Remember the password: only another administrator can reset it.",
    "如：张三（可不填）": "e.g. 张三 (optional)", "至少 {0} 个字符": "At least {0} characters",
    "用户名 *": "User name *", "密码 *": "Password *", "再次输入密码 *": "Repeat password *",
    "用户名不能为空": "The user name is required", "用户名“{0}”不能包含空格": "The user name “{0}” must not contain spaces",
    "密码太短：至少需要 {0} 个字符": "Password too short: at least {0} characters",
    "密码的开头和结尾不能是空格": "The password must not start or end with a space",
    "密码不能与用户名相同": "The password must differ from the user name",
    "第 3 步（共 4 步）：字体与打印机": "Step 3 of 4: fonts and printer",
    "检查本机能否正确显示和打印中文（含生僻字）。有问题时不影响继续设置，可按提示处理。":
        "Checks that this computer shows and prints Chinese (rare characters too). Problems do not stop the setup; "
        "follow the hints.",
    "重新检查": "Check again", "第 4 步（共 4 步）：演示数据": "Step 4 of 4: demo data",
    "可载入一批虚构的人员、事迹、确认案件和表彰，用来熟悉操作。演示数据均标注“演示数据（虚构）”，正式使用前请另建一个数据库。":
        "Load fictitious people, deeds, cases and commendations to practise with. They are marked “演示数据（虚构）” "
        "(demo); use a separate database for real work.",
    "载入演示数据，用来练习": "Load demo data to practise with", " 人": " people",
    "本数据库已有记录，不能再载入演示数据": "This database already has records; demo data cannot be loaded",
    "按“完成”后将：": "“Finish” will:", "· 设置本单位为 {0}（{1}）": "· set this office to {0} ({1})",
    "· 创建管理员账户“{0}”并以其身份登录": "· create the administrator account “{0}” and log in as it",
    "· 之后可随时在“帮助 → 使用指南”中查看操作说明": "· the instructions stay available under “Help → User guide”",
    # record forms: common
    "保存（Ctrl+S）": "Save (Ctrl+S)", "关闭": "Close", "未保存：{0}": "Not saved: {0}", "未保存的修改": "Unsaved changes",
    "本记录有尚未保存的修改，是否保存？": "This record has unsaved changes. Save them?", "放弃": "Discard",
    "记录已被修改": "Record changed elsewhere",
    "{0}\n是否重新载入最新内容？（您本次的修改将被放弃）": "{0}\nReload the latest version? (Your changes will be discarded)",
    "无法打开": "Cannot open", "无法新建": "Cannot create", "编辑": "Edit", "删除": "Delete", "打开": "Open",
    "移除": "Remove", "请先选择人员": "Choose a person first", "人员：{0}": "Person: {0}",
    "\u3000事迹：{0}": "  Deed: {0}", "\u3000表彰批次：{0}": "  Batch: {0}",
    "家庭成员": "Family member", "优抚保障事项": "Guarantee",
    "输入姓名、拼音首字母或证件号码查找人员，回车选中": "Type a name, pinyin initials or ID number; Enter picks the person",
    "没有找到“{0}”，可点击“新建人员”登记": "“{0}” not found; click “New person…” to register them",
    "输入事迹标题、地点或人员姓名查找事迹，回车选中": "Type a deed title, place or person's name; Enter picks the deed",
    "没有找到“{0}”相关的事迹，请先登记事迹": "No deed found for “{0}”; register the deed first",
    # person form and person file
    "新增见义勇为人员": "New hero", "编辑人员：{0}": "Edit person: {0}", "关系": "Relation", "被抚养人": "Dependant",
    "添加家庭成员…": "Add family member…", "附件（扫描件、照片，可拖放到此窗口）": "Attachments (scans, photos; drop them on this window)",
    "添加附件…": "Add attachment…", "保存人员后即可添加家庭成员和附件。": "Save the person to add family members and attachments.",
    "出生日期 {0}": "birth date {0}", "性别 {0}": "gender {0}", "已根据证件号码填写：": "Filled in from the ID number: ",
    "删除家庭成员": "Delete family member", "确定删除家庭成员“{0}”？": "Delete the family member “{0}”?",
    "不能删除": "Cannot delete", "请先保存人员，再添加附件": "Save the person before adding attachments",
    "选择附件": "Choose attachments", "无法打开附件": "Cannot open the attachment",
    "扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp);;所有文件 (*)":
        "Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp);;All files (*)",
    "人员档案：{0}": "Person file: {0}", "编辑人员信息（Ctrl+E）": "Edit person (Ctrl+E)", "新增…": "New…",
    "见义勇为事迹": "Deeds", "走访慰问记录": "Visits", "确认情况": "Confirmation", "行为确认": "Confirmation cases",
    "表彰批次": "Batch", "发放": "Payment", "类别": "Category", "日期": "Date", "类型": "Type", "媒体": "Media",
    "已开具文书": "Letters issued", "文书": "Letter", "文号/编号": "Number", "民族": "Ethnicity", "未申请": "Not applied for",
    # deed form
    "登记见义勇为事迹": "Register a deed", "见义勇为人员 *": "Heroes *", "在事迹中的作用": "Role in the deed",
    "新建人员…": "New person…", "见义勇为行为确认": "Confirmation", "申请人": "Applicant",
    "登记确认申请…": "Apply for confirmation…", "“{0}”已在本事迹中": "“{0}” is already in this deed",
    "新建人员（随事迹一并保存）": "New person (saved with the deed)", "（新建）": "(new)", "如：主要施救人": "e.g. main rescuer",
    "事迹至少需要一名见义勇为人员": "A deed needs at least one hero",
    "请选择“{0}”的本人结果（未伤/受伤/致残/牺牲）": "Choose the outcome for “{0}” (unhurt/injured/disabled/died)",
    "事迹已保存。可点击“登记确认申请…”开始见义勇为行为确认。": "Deed saved. Click “Apply for confirmation…” to start its confirmation.",
    "请先保存事迹的修改，再登记确认申请": "Save the changes to the deed before applying for confirmation",
    # confirmation case
    "事迹：{0}": "Deed: {0}", "请先选择事迹": "Choose a deed first", "登记见义勇为确认申请": "Register a confirmation application",
    "编辑案件登记信息": "Edit case registration", "办理：{0}": "Action: {0}", "案件当前状态：{0}": "Case state: {0}",
    "确定执行“{0}”？": "Carry out “{0}”?", "未办理：{0}": "Not done: {0}", "事迹与人员": "Deed and people",
    "打开事迹": "Open deed", "编辑登记信息…": "Edit registration…", "法定期限": "Statutory deadlines",
    "可以办理的操作": "Available actions", "办理记录": "Case history", "时间": "Time", "操作": "Action",
    "办理后状态": "New state", "经办人": "Handled by", "说明": "Notes", "确认案件 {0}：{1}": "Confirmation case {0}: {1}",
    "{0}\u3000{1}\u3000{2}\n{3}": "{0}  {1}  {2}\n{3}", "理由": "Reasons", "公示开始": "Public notice from",
    "告知日期": "Notified on", "复核申请日期": "Review requested on", "复核结果": "Review result",
    "复核决定日期": "Review decided on", "延期次数": "Extensions", "延期理由": "Reason for extension",
    "暂无计时中的期限": "No deadline running", "{0}：{1}（已完成）": "{0}: {1} (done)",
    "{0}：{1}（已超期 {2} 天）": "{0}: {1} ({2} days overdue)", "{0}：{1}（今天到期）": "{0}: {1} (due today)",
    "{0}：{1}（还剩 {2} 天）": "{0}: {1} ({2} days left)", "受理单位": "Accepting office", "决定": "Decision",
    "送达日期": "Served on", "本案已办结，没有可办理的操作": "This case is closed; no actions left",
    "\n需要填写：{0}": "\nRequires: {0}",
    # commendation batch
    "新增表彰批次": "New commendation batch", "表彰批次：{0}": "Commendation batch: {0}", "表彰名单": "Roll",
    "添加人员到本批次：输入姓名、拼音首字母或证件号码，回车选中":
        "Add a person to this batch: type a name, pinyin initials or ID number; Enter picks",
    "移出名单": "Remove from roll", "共 {0} 人，奖励金额合计 {1} 元": "{0} people, awards totalling {1} CNY",
    "表彰批次已保存，可在下方添加受表彰人员。": "Batch saved; add the people commended below.",
    "确定将“{0}”移出本批次？": "Remove “{0}” from this batch?", "不能移出": "Cannot remove",
    # tables: Excel export, ledger import
    "导出Excel": "Export to Excel", "把当前筛选、排序后的全部行导出为 Excel 文件": "Export every row, as filtered and sorted, to an Excel file",
    "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)", "已导出 {0} 行到：\n{1}": "Exported {0} rows to:\n{1}",
    "正在导出Excel": "Exporting to Excel", "导入Excel台账…": "Import Excel…",
    "从 Excel/CSV 台账导入人员和事迹：先预览、逐行检查，确认后一次写入":
        "Import people and deeds from an Excel/CSV ledger: preview and check row by row, then write all at once",
    "导入台账（Excel / CSV）": "Import ledger (Excel / CSV)", "选择 .xlsx、.xls 或 .csv 台账文件": "Choose an .xlsx, .xls or .csv ledger file",
    "选择文件…": "Choose file…", "按此对应重新检查": "Check again with this mapping",
    "不导入（保留台账中的内容）": "Skip (keep the ledger's record)", "用表格内容更新": "Update from the spreadsheet",
    "导入": "Import", "选择台账文件": "Choose a ledger file", "表格文件 (*.xlsx *.xls *.csv);;所有文件 (*)":
        "Spreadsheets (*.xlsx *.xls *.csv);;All files (*)",
    "正在导入台账……": "Importing the ledger…", "导入台账": "Import ledger", "工作表": "Sheet",
    "列对应（可修改）": "Column mapping (editable)", "表格中的列": "Spreadsheet column", "导入为": "Import as",
    "预览：导入后的样子、逐行检查结果（台账中已有的人员可选择“更新”或“不导入”）":
        "Preview: the rows as they will be imported and the check of each (for people already in the ledger choose "
        "“Update” or “Skip”)",
    "台账中已有的人员：": "People already in the ledger:", "（不导入）": "(not imported)", "行号": "Row",
    "检查结果": "Check", "处理": "Action", "错误 / 提示": "Errors / hints",
    "共{0}行数据{1}：新人员 {2}，台账中已有 {3}，与前面行同一人 {4}，有错误 {5}（不导入，将写入错误工作簿）。":
        "{0} data rows{1}: {2} new people, {3} already in the ledger, {4} same person as an earlier row, {5} with "
        "errors (not imported; written to an error workbook).",
    "导入完成：新增 {0} 行，更新 {1} 行，重复未导入 {2} 行，未通过检查 {3} 行。":
        "Import done: {0} rows added, {1} updated, {2} repeats skipped, {3} failed the check.",
    "工作表“{0}”：表头在第{1}行{2}。": "Sheet “{0}”: header in row {1}{2}.", "（内容相同）": " (identical)",
    "不导入": "Skip", "更新": "Update", "（预览显示前{0}行）": " (preview shows the first {0})",
    "未导入的行及错误原因已写入：\n{0}\n改正后可再次导入。":
        "The rows not imported and the reasons were written to:\n{0}\nCorrect them and import again.",
    "（有{0}项不同）": " ({0} differences)", "台账中已有：{0}（编号 {1}）": "In the ledger: {0} (no. {1})",
    "并入第{0}行": "Merged into row {0}",
    # letters
    "制作文书": "Make letters", "致本人（嘉奖信）": "To the person (letter of praise)",
    "致所在单位（表彰信）": "To the employer (letter of commendation)", "整批（按名单顺序）": "Whole batch (roll order)",
    "搜索人员：姓名、拼音、身份证号": "Search people: name, pinyin, ID number", "文书种类：": "Kind:",
    "致送对象：": "Addressed to:", "表彰批次：": "Batch:", "人员：": "Person:", "预览": "Preview",
    "签发（取文号）": "Issue (take a number)", "签发并每人一个文件…": "Issue, one file each…", "打印预览…": "Print preview…",
    "打印…": "Print…", "用系统程序打开": "Open in system viewer", "文书设置…": "Letter settings…", "编辑模板…": "Edit templates…",
    "已签发文书": "Issued letters", "文号": "Number", "对象": "Addressee", "模板版本": "Template version",
    "签发日期": "Issued on", "重印所选": "Reprint selected", "重印整批": "Reprint batch",
    "请先选择表彰批次": "Choose a batch first", "请先在列表中选择人员": "First choose a person in the list",
    "选择文书种类和对象后点“预览”": "Choose the kind and addressee, then click “Preview”",
    "预览（尚未签发，文号待定）": "Preview (not issued; number pending)", "签发{0}": "Issuing {0}",
    "每人一个文件：选择文件夹": "One file each: choose a folder",
    "已签发{0} {1} 份（{2}），文件：{3}": "Issued {0}: {1} copies ({2}); file: {3}",
    "；另存每人一个文件 {0} 个": "; also {0} files, one per person", "签发文书": "Issue letters",
    "请先在已签发文书中选择一份": "First choose one of the issued letters", "与签发时完全一致": "identical to the original",
    "与签发时不一致": "differs from the original", "已重印 {0}（{1}份，{2}）：{3}": "Reprinted {0} ({1} copies, {2}): {3}",
    "已送打印机：{0} 页": "Sent to the printer: {0} pages", "无法用系统程序打开：{0}": "Cannot open in the system viewer: {0}",
    "文书设置": "Letter settings", "文书设置已保存": "Letter settings saved",
    "例如 上公（发文字号：上公〔2026〕7号）": "e.g. 上公 (document number: 上公〔2026〕7号)",
    "红色版头文字；不填时用单位名称": "Red letterhead text; the office name if empty",
    "落款单位；不填时用单位名称": "Signing office; the office name if empty",
    "证书只印文字（套打在预印的证书纸上）": "Print certificate text only (onto pre-printed certificate paper)", " 毫米": " mm",
    "决定书中的复核机关，例如 杭州市公安局": "Review authority named in decisions, e.g. 杭州市公安局",
    "行政复议机关，例如 杭州市上城区人民政府": "Administrative reconsideration authority, e.g. 杭州市上城区人民政府",
    "机关代字：": "Office abbreviation:", "发文机关标志：": "Letterhead:", "落款单位：": "Signed by:", "日期格式：": "Date format:",
    "套打水平偏移（向右为正）：": "Horizontal offset (right +):", "套打垂直偏移（向下为正）：": "Vertical offset (down +):",
    "复核机关：": "Review authority:", "行政复议机关：": "Reconsideration authority:",
    # letter templates and printing
    "文书模板编辑": "Letter templates", "可用字段：": "Fields:", "保存（提高版本号）": "Save (new version)",
    "恢复为系统模板": "Revert to system template", "版本 {0}": "Version {0}", "本单位模板：{0}": "This office's template: {0}",
    "系统模板（保存后成为本单位模板）": "System template (saving makes it this office's)", "保存模板": "Save template",
    "已保存，版本 {0}：{1}": "Saved, version {0}: {1}",
    "删除本单位的“{0}”模板，改用系统模板？已签发的文书重印时不受影响。":
        "Delete this office's “{0}” template and use the system one? Reprints of issued letters are not affected.",
    "预览失败：{0}": "Preview failed: {0}", "预览已更新（示例数据或所选记录，未签发）": "Preview updated (sample data or the chosen record; not issued)",
    "打印": "Print", "尚无预览": "No preview yet", "第 ": "Page ", "页，共 {0} 页": " of {0}",
    "缺少 PDF 显示组件（PySide6-Pdf），无法预览或打印，请用“用系统程序打开”":
        "The PDF component (PySide6-Pdf) is missing, so there is no preview or printing; use “Open in system viewer”",
    "打印预览 — {0}": "Print preview — {0}", "无法开始打印：打印机“{0}”不可用": "Cannot print: printer “{0}” is unavailable",
    "文件不存在：{0}": "File not found: {0}", "无法打开 PDF 文件：{0}": "Cannot open the PDF file: {0}",
    "第 {0} 页无法显示": "Page {0} cannot be shown", "找不到打印机“{0}”": "Printer “{0}” not found",
    # help
    "使用指南": "User guide", "打开数据文件夹": "Open data folder",
    "# 使用指南\n\n找不到使用指南文件（{0}）：请重新复制完整的程序文件夹。":
        "# User guide\n\nThe user guide file ({0}) is missing: copy the whole program folder again.",
    "<h3>见义勇为工作台 {0}</h3><p>供县（市、区）见义勇为工作部门离线使用：人员与事迹登记、行为确认、表彰奖励、优抚保障、走访慰问、文书打印，并通过 U 盘与市、省两级交换数据。</p>"
    "<p>版本：{0}（本版本号写入每个数据包和每份文书的记录）<br>数据文件夹：{1}<br>Python {2}，Qt {3}</p>"
    "<p>随程序提供的字体：朱雀仿宋、思源宋体 Noto Serif SC、霞鹜文楷 LXGW WenKai，均按 SIL 开放字体许可证（OFL-1.1）使用。Qt（PySide6）按 LGPL-3.0 使用。各组件的许可证见程序文件夹中的 resources/licenses 和 resources/fonts。</p>":
        "<h3>Yiyong {0}</h3><p>An offline desk for county offices: registering people and deeds, confirmation, "
        "commendations, guarantees, visits and letters, and exchanging data with the city and province by USB stick.</p>"
        "<p>Version: {0} (written into every package and every letter's record)<br>Data folder: {1}<br>"
        "Python {2}, Qt {3}</p><p>Bundled fonts: Zhuque Fangsong (朱雀仿宋), Noto Serif SC (思源宋体) and LXGW "
        "WenKai (霞鹜文楷), all under the SIL Open Font License (OFL-1.1). Qt (PySide6) is used under LGPL-3.0. The "
        "licences of all components are in resources/licenses and resources/fonts in the program folder.</p>",
    # data exchange: page
    "导出数据包…": "Export package…", "导入数据包…": "Import package…", "导出本单位公钥…": "Export our public key…",
    "导入对方公钥…": "Import their public key…", "数据包历史": "Package history", "逐项合并…": "Merge…",
    "待合并冲突": "Conflicts to merge", "待合并冲突（{0}）": "Conflicts to merge ({0})", "不是同一人": "Not the same person",
    "疑似重复人员": "Possible duplicates", "交换状态": "Exchange status", "正在导出数据包": "Exporting the package",
    "没有新的变更": "No new changes", "导出完成": "Export done", "正在校验数据包": "Verifying the package",
    "正在导入数据包": "Importing the package", "导入完成": "Import done", "保存本单位公钥": "Save our public key",
    "公钥文件 (*.json)": "Public key files (*.json)", "选择对方单位的公钥文件": "Choose the other office's public key file",
    "同一记录在两个单位都被修改过：两个版本都已保留，请双击逐项合并。":
        "The same record was changed by two offices: both versions are kept; double-click to merge them field by field.",
    "同一身份证号被两处分别登记为两个人员：选择保留哪一条，另一条的事迹、奖励等将转到保留的记录上。":
        "One ID number was registered as two people in two places: choose the one to keep; the other's deeds, awards "
        "etc. move to it.",
    "保留第一条并合并": "Keep first, merge", "保留第二条并合并": "Keep second, merge", "方向": "Direction",
    "对方单位": "Other office", "文件": "File", "内容": "Contents", "数据包": "Package", "发现时间": "Found",
    "第一条": "First", "第二条": "Second", "尚未发送": "Not yet sent", "已发送待确认": "Sent, receipt pending",
    "对方已确认收到": "Receipt acknowledged", "最近发出": "Last sent", "最近收到": "Last received",
    "选择收到的数据包": "Choose a received package", "见义勇为数据包 (*.yyp);;所有文件 (*)": "Yiyong packages (*.yyp);;All files (*)",
    "导入完成：新增 {0}，更新 {1}，删除 {2}，无变化 {3}，冲突 {4}，跳过 {5}。":
        "Import done: {0} added, {1} updated, {2} deleted, {3} unchanged, {4} conflicts, {5} skipped.",
    "有冲突的记录两个版本都已保留，请在“待合并冲突”中逐项合并。":
        "Both versions of conflicting records are kept; merge them under “Conflicts to merge”.",
    "合并冲突": "Merge conflict", "请先选择一条冲突": "Choose a conflict first", "请先选择一行": "Choose a row first",
    "合并人员": "Merge people", "公钥已导出": "Public key exported",
    "已写出数据包：\n{0}\n\n内容：{1}\n请将此文件交给单位 {2}。": "Package written:\n{0}\n\nContents: {1}\nGive this file to office {2}.",
    "口令": "Passphrase", "此数据包用口令加密，请输入对方告知的口令：":
        "This package is encrypted; enter the passphrase the sender gave you:",
    "信任对方单位": "Trust the other office",
    "本单位：{0} {1}\u3000\u3000公钥指纹（电话核对用）：{2}": "This office: {0} {1}    Key fingerprint (to check by phone): {2}",
    "发现 {0} 处疑似同一人被重复登记，请在“疑似重复人员”中处理。":
        "{0} people may be registered twice; deal with them under “Possible duplicates”.",
    "保留“{0}”（{1} 登记），把另一条记录的事迹、奖励、保障等转过来并删除它？":
        "Keep “{0}” (registered by {1}), move the other record's deeds, awards, guarantees etc. to it and delete the other?",
    "已写出：{0}\n指纹：{1}\n请把文件带给对方单位，并在电话中核对指纹。":
        "Written: {0}\nFingerprint: {1}\nTake the file to the other office and check the fingerprint by phone.",
    "\n注意：这将替换原登记的公钥（原指纹 {0}）": "\nNote: this replaces the key registered before (old fingerprint {0})",
    "单位：{0} {1}\n指纹：{2}{3}\n\n请与对方电话核对指纹，一致后再信任。是否信任？":
        "Office: {0} {1}\nFingerprint: {2}{3}\n\nCheck the fingerprint with them by phone; trust only if it matches. "
        "Trust this office?",
    # data exchange: dialogs
    "（空）": "(empty)", "是": "Yes", "否": "No", "导出数据包": "Export package", "接收单位": "Recipient", "选择…": "Choose…",
    "保存到（U 盘）": "Save to (USB stick)", "全量导出（默认只导出对方尚未确认收到的变更）":
        "Export everything (by default only changes not yet acknowledged)",
    "对方公钥未知时填写，并另行告知对方": "Fill in if their public key is unknown, and tell them separately",
    "口令（可选）": "Passphrase (optional)", "按旧格式（版本 1）导出，供尚未升级的单位使用":
        "Old format (version 1), for offices not yet upgraded",
    "导出": "Export", "选择导出文件夹": "Choose the export folder", "导入预览": "Import preview",
    "导入（先自动备份）": "Import (backs up first)", "导入报告": "Import report", "只显示有变化的记录": "Only records that change",
    "显示全部字段（默认只显示不同的字段）": "Show all fields (by default only those that differ)",
    "保存合并结果": "Save merged record", "（已有公钥）": "(key known)", "（无公钥，需用口令）": "(no key; passphrase needed)",
    "注意：": "Note: ", "种类": "Kind", "记录": "Record", "结果": "Result", "原因": "Reason", "字段": "Field",
    "本单位的值": "Ours", "对方的值": "Theirs", "用本单位的": "Use ours", "用对方的": "Use theirs",
    "（上级单位）": "(higher office)",
    "数据包：{0}\n来自：{1} {2}（第 {3} 号，格式版本 {4}）\n发送单位指纹：{5}":
        "Package: {0}\nFrom: {1} {2} (no. {3}, format version {4})\nSender's fingerprint: {5}",
    "合并冲突：{0}": "Merge conflict: {0}",
    "冲突：{0} {1}（两个版本都会保留，导入后请逐项合并）": "Conflict: {0} {1} (both versions are kept; merge them after import)",
    "跳过：{0} {1}：{2}": "Skipped: {0} {1}: {2}",
    "已与对方电话核对指纹 {0}，信任单位 {1}": "Fingerprint {0} checked with them by phone; trust office {1}",
    "数据包：{0}\n来自：{1}\u3000导入时间：{2}\u3000操作人：{3}\n结果：{4}":
        "Package: {0}\nFrom: {1}  Imported: {2}  User: {3}\nResult: {4}",
    "此记录在本单位和单位 {0} 都被修改过。请逐项选择保留哪一方的内容；合并结果会作为新的修改发给其他单位。":
        "This record was changed both here and by office {0}. Choose field by field which side to keep; the merged "
        "record goes to other offices as a new change.",
    # statistics
    "全部地区": "All areas", "统计": "Count", "打印PDF": "Print PDF", "打印为PDF": "Print to PDF", "不限": "Any",
    "各年度表彰人次、外来务工人员与奖励金额": "Commendations, migrant workers and award amounts by year",
    "见义勇为人员（人）": "Heroes (people)", "表彰奖励（人次）": "Commendations (times)",
    "其中外来务工人员（表彰人次）": "of which migrant workers (times)", "奖励金额（万元）": "Awards (10,000 CNY)",
    "人 / 人次": "People / times", "万元": "10,000 CNY", "地区": "Area",
    "提示：单击表中的数字可查看对应的记录明细。": "Tip: click a number in a table to see the records behind it.",
    "导出统计表": "Export tables", "按年度": "By year", "按类别": "By category", "按县（市、区）": "By county",
    "伤亡情况": "Casualties", "统计明细": "Records", "单击查看：": "Click to see: ",
    # passed to tr() through a variable (DYNAMIC below)
    "最近登录": "Last login", "新增用户…": "New user…", "停用/启用": "Deactivate/activate", "解除锁定": "Unlock",
    "更改角色…": "Change role…", "重设密码…": "Reset password…", "随程序提供的打印字体": "Print fonts shipped with the program",
    "本机的公文字体（仿宋）": "Official-document font on this computer (FangSong)", "屏幕显示用的中文字体": "Chinese screen font",
    "打印机": "Printer", "无变化": "Unchanged", "冲突": "Conflict", "跳过": "Skipped",
    # first-run check page: details and advice (wizard.check_environment)
    "、": ", ", "处理办法：{0}": "What to do: {0}",
    "思源宋体（Noto Serif SC）常规和粗体、霞鹜文楷（可打印 𠮷 等扩展区生僻字）":
        "Noto Serif SC regular and bold, LXGW WenKai (prints rare characters such as 𠮷 from the extension blocks)",
    "缺少：{0}": "Missing: {0}",
    "程序文件夹不完整：请从原 U 盘重新复制整个 yiyong 文件夹（包括 _internal 文件夹）。":
        "The program folder is incomplete: copy the whole yiyong folder (with its _internal folder) again from the "
        "original USB stick.",
    "找到：{0}": "Found: {0}", "未找到仿宋字体；本机其他中文字体：{0}": "No FangSong font; other Chinese fonts here: {0}",
    "本机没有可嵌入的中文 TrueType 字体": "No embeddable Chinese TrueType font on this computer",
    "不影响使用：文书将用随程序提供的思源宋体打印。如需标准公文字体，请安装仿宋_GB2312"
    "（或 Windows 自带的 仿宋 simfang.ttf），重新启动程序后会自动使用。":
        "Nothing stops you: letters are printed in the Noto Serif SC shipped with the program. For the standard "
        "official-document font, install FangSong_GB2312 (or Windows' own FangSong, simfang.ttf); the program uses "
        "it after a restart.",
    "将使用：{0}": "Will use: {0}", "未找到常用中文字体": "No common Chinese font found",
    "界面上的中文可能显示为方框：Windows 请确认已安装“微软雅黑”；其他系统请安装 Noto Sans CJK 字体。":
        "Chinese text on screen may show as boxes: on Windows make sure Microsoft YaHei is installed; on other "
        "systems install the Noto Sans CJK fonts.",
    "默认打印机：{0}；": "Default printer: {0}; ", "共 {0} 台：{1}": "{0} in all: {1}", "未找到打印机": "No printer found",
    "请在 Windows“设置 → 蓝牙和其他设备 → 打印机和扫描仪”中添加打印机并安装驱动，"
    "然后点“重新检查”。在此之前，文书可保存为 PDF 文件，拷到有打印机的电脑上打印。":
        "Add a printer and install its driver in Windows Settings → Bluetooth & devices → Printers & scanners, "
        "then click Check again. Until then, letters can be saved as PDF files and printed on a computer that "
        "has a printer.",
    # pieces once glued to data with f-strings
    "窗口由“{0}”锁定，只能由本人或管理员解锁": "The window was locked by “{0}”; only they or an administrator can unlock it",
    "，编码 {0}": ", encoding {0}", "错误：{0}": "Error: {0}", "提示：{0}": "Note: {0}", "；": "; ",
    "正在生成演示数据……": "Creating demo data…",
    "统计明细：{0}": "Records: {0}", "共 {0} 条（显示前 {1} 条），双击打开记录":
        "{0} rows (the first {1} shown); double-click to open a record",
    "共 {0} 条，双击打开记录": "{0} rows; double-click to open a record", "见义勇为统计表": "Yiyong statistics",
    "{0}（{1} 登记）": "{0} (registered by {1})", "{0}级": "Grade {0}", "{0} {1}（{2}人）": "{0} {1} ({2} people)",
    "批次{0}": "batch{0}", "人员{0}": "person{0}", "{0} 至 {1}": "{0} to {1}", "重印-{0}": "reprint-{0}",
    # added with issue 18's second round: backups, databases, dates, care lists, issuing, the import checks
    "正在备份数据库": "Backing up the database", "正在检查备份文件": "Checking the backup file",
    "已从备份恢复。原数据库保留为：{0}": "Restored from the backup. The previous database was kept as: {0}",
    "正在从备份恢复": "Restoring from the backup", "登记确认申请": "Register an application",
    "还没有选中事迹。请先在“事迹”页选中要申请确认的事迹，再回到这里点“新增”；也可以打开事迹，点其中的“登记确认申请…”。":
        "No deed is selected. Select the deed on the Deeds tab first, then come back and click New; or open the "
        "deed and click “Register an application…” in it.",
    "文书各部分使用的字体": "Fonts used in the parts of letters",
    "请在 Windows“设置 → 蓝牙和其他设备 → 打印机和扫描仪”中添加打印机并安装驱动，":
        "Add a printer and install its driver in Windows Settings → Bluetooth & devices → Printers & scanners, ",
    "然后点“重新检查”。在此之前，文书可保存为 PDF 文件，拷到有打印机的电脑上打印。":
        "then click Check again. Until then, letters can be saved as PDF files and printed on a computer that "
        "has a printer.",
    "不影响使用：文书正文将用随程序提供的朱雀仿宋打印。如需本单位的标准公文字体，请安装仿宋_GB2312（或 Windows 自带的 仿宋 simfang.ttf），重新启动程序后会自动使用。":
        "Nothing stops you working: the body of letters is printed in Zhuque Fangsong, which comes with the "
        "program. For your office's standard font, install FangSong_GB2312 (or Windows' own FangSong, "
        "simfang.ttf); the program uses it after a restart.",
    "程序文件夹不完整：请从原 U 盘重新复制整个 yiyong 文件夹。":
        "The program folder is incomplete: copy the whole yiyong folder again from the original USB stick.",
    "请在“系统设置 → 打印机与扫描仪”中添加打印机，": "Add a printer in System Settings → Printers & Scanners, ",
    "请在系统的“设置 → 打印机”中添加打印机（或在浏览器中打开 http://localhost:631 用 CUPS 添加；Debian 需先安装 cups 软件包），":
        "Add a printer in the system's Settings → Printers (or open http://localhost:631 in a browser and add it "
        "with CUPS; on Debian install the cups package first), ",
    "朱雀仿宋（正文）、思源宋体（Noto Serif SC）常规和粗体、霞鹜文楷（可打印 𠮷 等扩展区生僻字）":
        "Zhuque Fangsong (body text), Noto Serif SC regular and bold, LXGW WenKai (prints rare characters such "
        "as 𠮷 from the extension blocks)",
    "程序遇到意外错误，刚才的操作可能没有完成：{0}\n\n详细情况已记录在日志文件：\n{1}\n\n请检查刚才的操作结果；如问题重复出现，请把这个文件交给技术支持人员。":
        "The program met an unexpected error; what you just did may not be complete: {0}\n\nThe details were "
        "written to the log file:\n{1}\n\nPlease check the result of what you just did; if it happens again, "
        "give this file to technical support.",
    "新建数据库…": "New database…", "打开数据库…": "Open database…", "最近打开的数据库": "Recent databases",
    "新建数据库": "New database", "见义勇为工作台数据库 (*.db)": "Yiyong databases (*.db)",
    "打开数据库": "Open database", "见义勇为工作台数据库 (*.db);;所有文件 (*)": "Yiyong databases (*.db);;All files (*)",
    "这个数据库已经打开": "This database is already open", "已取消，当前数据库未改变":
        "Cancelled; the open database is unchanged", "（没有）": "(none)",
    "“{0}”已经存在。请换一个文件名；要使用它，请选“打开数据库…”。":
        "“{0}” already exists. Choose another file name; to use it, choose “Open database…”.",
    "{0}\n当前数据库仍然打开着，可以继续工作。": "{0}\nThe current database is still open; you can go on working.",
    "如 2026-11-20": "e.g. 2026-11-20", "从日历中选择": "Choose from the calendar",
    "期限倒计时一栏：黄色为临近到期，红色为已超期。":
        "Deadline countdown column: yellow is due soon, red is overdue.",
    "未导出：{0}": "Not exported: {0}",
    "已写出数据包：\n{0}\n\n内容：{1}\n请将此文件交给{2}。":
        "Package written:\n{0}\n\nContents: {1}\nPlease give this file to {2}.",
    "涉及的家庭成员：": "Family member concerned:", "本人（不涉及家庭成员）": "The person (no family member)",
    "定期发放": "Regular payments", "不改人员信息（新事迹照常登记）":
        "Leave the person unchanged (new deeds are registered as usual)",
    "建议（勾选采用）": "Suggestion (tick to accept)",
    "共{0}行数据{1}：新人员 {2}，台账中已有 {3}，与前面行同一人 {4}，有错误 {5}（不导入，将写入错误工作簿），待核对确认 {6}，事迹待补充 {7}。":
        "{0} data rows{1}: new people {2}, already in the ledger {3}, same person as an earlier row {4}, with "
        "errors {5} (not imported; written to the error workbook), to be checked {6}, deeds to be completed {7}.",
    "导入完成：新增 {0} 行，更新 {1} 行，重复未导入 {2} 行，未通过检查 {3} 行，待核对确认 {4} 行，事迹待补充 {5} 行。":
        "Import done: {0} rows added, {1} updated, {2} duplicates not imported, {3} failed the checks, {4} to be "
        "checked, {5} deeds to be completed.",
    "不确定这一列是什么，请选择后点“按此对应重新检查”":
        "Not sure what this column is: choose, then click “Check again with this mapping”",
    "不改人员信息": "Leave the person unchanged", "合并为同一事迹：": "Merge into one deed:",
    "“{0}”设置了打开密码，请输入密码：": "“{0}” has an opening password; please enter it:",
    "类别：{0}": "Category: {0}",
    "有{0}列不能确定对应的字段（橙色），请确认或改正后点“按此对应重新检查”，确认前不能导入。":
        "{0} columns could not be matched with certainty (orange): confirm or correct them, then click "
        "“Check again with this mapping”; nothing can be imported before that.",
    "已核对原件，确认导入": "Checked against the original; import", "待确认：{0}": "To be confirmed: {0}",
    "事迹待补充：缺少{0}（人员照常导入）": "Deed to be completed: {0} missing (the person is imported as usual)",
    "重新签发（原件作废）…": "Reissue (the original void)…", "{0}（{1}人）": "{0} ({1} people)",
    "签发{0}：{1}\n将取文号：{2}\n\n文号一经取用不再收回。确定签发吗？":
        "Issue {0}: {1}\nNumber to be taken: {2}\n\nA number once taken is never given back. Issue it?",
    "其中 {0} 份此前已签发，按原文号重印（{1}），不取新文号。":
        "{0} of them were issued before and are reprinted under their numbers ({1}); no new numbers are taken.",
    "{0}：{1} 已签发过（{2}），将按原文号原样重印，不取新文号。确定重印吗？":
        "{0}: {1} was issued before ({2}); it will be reprinted as it was under its number, no new number "
        "taken. Reprint it?",
    "另在“{0}”中每人存一个文件。": "Also one file per person in “{0}”.",
    "签发": "Issue", "重印": "Reprint", "未签发，没有取用文号": "Not issued; no number taken",
    "重新签发": "Reissue", "原文书将标记为作废，并取新文号。请写明理由：":
        "The original will be marked void and a new number taken. Please give the reason:",
    "重新签发需要写明理由": "A reissue needs a reason",
    "这些{0}已签发过，按原文号重印 {1} 份（{2}），文件：{3}":
        "These {0} were issued before; {1} copies reprinted under their numbers ({2}), file: {3}",
    "；其中 {0} 份此前已签发，按原文号重印": "; {0} of them issued before, reprinted under their numbers",
    "姓名、拼音首字母、证件号码": "Name, pinyin initials, ID number", "导入台账…": "Import ledger…",
    "出生日期与证件号码中的 {0} 不一致，请核对": "The birth date differs from {0} in the ID number; please check",
    "家属保障清单": "Family support checklist", "打印清单…": "Print checklist…", "事项": "Item",
    "涉及亲属": "Relative concerned", "全部落实": "All done", "共 {0} 项，已办结 {1} 项，红色为待办":
        "{0} items, {1} done; red ones are still to do",
    "保存保障清单": "Save the support checklist", "打印清单": "Print checklist",
    "基金收支": "Fund income and spending", "保障事项分县": "Support items by county", "正在统计": "Counting",
    "程序内部出错，“{0}”未完成。\n已记录到日志文件：{1}\n请把这个文件交给技术支持人员。":
        "An internal error stopped “{0}”.\nIt was written to the log file: {1}\nPlease give this file to "
        "technical support.",
    "正在进行每日自动备份，可照常工作": "Taking the daily backup; you can go on working",
    "今天的自动备份已完成": "Today's backup is done",
    "今天的自动备份未完成：{0}。请检查磁盘空间，或在“账户与备份”中手动备份。":
        "Today's backup did not finish: {0}. Check the disk space, or back up by hand under Accounts and backups.",
    "每日自动备份": "Daily backup",
    "记录标识": "Record ID",
    "此记录在本单位和{0}都被修改过。请逐项选择保留哪一方的内容；合并结果会作为新的修改发给其他单位。":
        "This record was changed both here and at {0}. Choose field by field whose content to keep; the merged "
        "result is sent to the other offices as a new change.",
    "添加人员：输入姓名、拼音首字母或证件号码，回车选中":
        "Add a person: type a name, pinyin initials or an ID number, then press Enter",
    # nomination upward, nominations received, printing a higher office's batch (推荐与代印)
    "随包下发本单位的节假日安排（仅限发往下级单位）": "Send this office's holiday calendar with the package (to offices below only)",
    "推荐至": "Nominate to", "推荐单位意见": "Nominating office's opinion",
    "如：事迹突出，同意推荐": "e.g. An outstanding deed; nomination agreed", "推荐": "Nominate",
    "确认文号": "Confirmation number", "已推荐至": "Already nominated to", "生成推荐表…": "Make nomination forms…",
    "为勾选的人员各生成一份编号的《见义勇为人员推荐表》（一个PDF文件）":
        "Make a numbered nomination form for each ticked person (one PDF file)",
    "打开推荐表": "Open the nomination forms", "导出数据包报送上级…": "Export a package for the office above…",
    "推荐表和被推荐人员的档案随数据包报送所选上级单位（存入U盘带去）":
        "The nomination forms and the nominees' records go to the chosen office above in a package (carry it on a USB stick)",
    "已确认为见义勇为的人员（勾选要推荐的人员）：": "People confirmed as having acted bravely (tick those to nominate):",
    "本单位是省级单位，没有可推荐的上级单位。": "This is a provincial office: there is no office above to nominate to.",
    "读取可推荐的人员": "Reading the people who can be nominated",
    "请先在“推荐”列勾选要推荐的人员。": "First tick the people to nominate in the “Nominate” column.",
    "保存推荐表": "Save the nomination forms", "见义勇为人员推荐表": "Nomination form",
    "生成推荐表": "Making nomination forms",
    "已生成 {0} 份推荐表（{1}），保存为 {2}。请点“导出数据包报送上级”，把推荐材料带给{3}。":
        "Made {0} nomination forms ({1}), saved as {2}. Click “Export a package for the office above” and take the "
        "nomination to {3}.",
    "选择导出到的文件夹（如U盘）": "Choose the folder to export to (e.g. a USB stick)",
    "已导出数据包 {0}（发往{1}：{2}）。": "Exported package {0} (to {1}: {2}).",
    "推荐与代印": "Nominations & printing for others", "推荐上报": "Nominate upward",
    "收到的推荐": "Nominations received", "代印上级表彰": "Print a higher office's batch",
    "其中牺牲": "Of whom died", "已代印份数": "Copies printed on its behalf", "代为打印…": "Print on its behalf…",
    "以表彰机关的名义和编号打印，登记为本单位代印":
        "Printed in the commending body's name and number, registered as printed by this office on its behalf",
    "代印日期": "Printed on", "为哪个单位代印": "Printed on behalf of",
    "上级单位下发的表彰批次（随数据包收到）：": "Commendation batches sent down by higher offices (received by package):",
    "本批次已代印的文书：": "Documents of this batch printed on its behalf:",
    "读取上级表彰批次": "Reading the higher offices' batches",
    "还没有收到上级单位的表彰批次。省、市表彰后，其表彰批次随数据包下发，导入后在此代为打印。":
        "No batch from a higher office yet. When the province or city commends, its batch comes down by package; "
        "after importing it, print it here on its behalf.",
    "读取代印登记": "Reading the register of documents printed on others' behalf",
    "保存代印文书": "Save the documents printed on its behalf", "代为打印": "Printing on its behalf",
    "已以“{0}”的名义代印{1} {2} 份（{3}），保存为 {4}；已登记为代{5}印制。":
        "Printed {2} {1} in the name of “{0}” ({3}), saved as {4}; registered as printed on behalf of {5}.",
    "推荐表编号": "Nomination form number", "推荐单位": "Nominating office", "推荐意见": "Opinion",
    "读取收到的推荐": "Reading the nominations received",
    "收到 {0} 个单位推荐的 {1} 人，其中外来务工人员 {2} 人。":
        "{1} people nominated by {0} offices, of whom {2} are migrant workers.",
    "还没有收到下级单位的推荐。下级单位的推荐表随其数据包导入后在此列出。":
        "No nominations from offices below yet. Their nomination forms are listed here once their package is imported.",
    "全部人员": "Everyone",
    "默认只印本单位登记的人员（其他人员由其所在单位代印）；表彰名单总是全部":
        "By default only the people this office registered are printed (their own offices print the others); "
        "the roster always lists everyone",
    "（条文未核对，本单位选定）": "(article not verified; this office's choice)",
    "逐人决定": "Decide person by person",
    # undoing an import
    "此次导入已撤销。": "This import has been undone.", "撤销此次导入…": "Undo this import…",
    "撤销此次导入": "Undo this import",
    "将删除此次导入新增的记录，并把此次导入改动的记录恢复为导入前的版本。导入之后若这些记录又被修改过，将拒绝撤销。确定撤销？":
        "The records this import added will be removed and the records it changed will get back their versions "
        "from before it. If any of them has been changed since, the undo is refused. Undo the import?",
    "正在撤销导入": "Undoing the import", "已撤销导入": "Import undone",
    "统计还没有算完，请稍候再导出": "The statistics are still being counted; export them in a moment",
    "{0}（第{1}位当事人）": "{0} (person {1} of the case)",
}

# every GUI module (login, wizard, accounts, import and exchange dialogs, help, printing, template editor too)
SOURCES = ["desktop/gui", "desktop/gui/pages", "desktop/gui/forms"]


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6
    return str(Path(PySide6.__file__).parent / name)


# lupdate files a module-level helper's calls (def tr(text): return QCoreApplication.translate("Exchange", text))
# under an empty context, or not at all when the helper is called _tr/_t; and parent.tr(...) in a module-level
# function under a context named "parent". These are put in the context the program looks them up in.
# strings the program passes to tr() through a variable, which lupdate cannot see: (context, file, line, strings)
DYNAMIC = [
    ("Exchange", "desktop/sync/merge.py", 26, ["新增", "更新", "删除", "无变化", "冲突", "跳过"]),  # OUTCOME_LABELS
]
RENAMED = {"parent": "RecordDialog", "window": "MainWindow"}  # forms/base.py: parent is always a RecordDialog (PySide's tr searches the MRO)


def helper_strings(sources: list[str]) -> tuple[dict[str, list[tuple[str, str, int]]], set[str]]:
    """{context: [(source text, file, line)]} for calls of module-level translate helpers, and the files having one."""
    found: dict[str, list[tuple[str, str, int]]] = {}
    files: set[str] = set()
    for f in sources:
        tree = ast.parse(Path(f).read_text(encoding="utf-8"))
        wrappers = {}
        for node in tree.body:
            if not (isinstance(node, ast.FunctionDef) and len(node.args.args) == 1 and node.body
                    and isinstance(node.body[-1], ast.Return) and isinstance(node.body[-1].value, ast.Call)):
                continue
            call = node.body[-1].value
            if (isinstance(call.func, ast.Attribute) and call.func.attr == "translate" and len(call.args) == 2
                    and isinstance(call.args[0], ast.Constant) and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == node.args.args[0].arg):
                wrappers[node.name] = call.args[0].value
        if not wrappers:
            continue
        files.add(Path(f).resolve().relative_to(ROOT).as_posix())
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.setdefault(wrappers[node.func.id], []).append((node.args[0].value, f, node.lineno))
    return found, files


def old_translations(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, from the .ts as it was before lupdate."""
    if not ts.exists():
        return {}
    kept = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            t = message.find("translation")
            if t is not None and t.text and t.get("type") not in ("unfinished", "obsolete", "vanished"):
                kept[(name, message.findtext("source") or "")] = t.text
    return kept


def fix_contexts(ts: Path, found: dict[str, list[tuple[str, str, int]]], files: set[str],
                 old: dict[tuple[str, str], str]) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}

    def context(name: str) -> ET.Element:
        if name not in contexts:
            c = ET.SubElement(root, "context")
            ET.SubElement(c, "name").text = name
            contexts[name] = c
        return contexts[name]

    def message(c: ET.Element, source: str) -> ET.Element:
        for m in c.findall("message"):
            if m.findtext("source") == source:
                return m
        m = ET.SubElement(c, "message")
        ET.SubElement(m, "source").text = source
        ET.SubElement(m, "translation", type="unfinished")
        return m

    def rel(path: str) -> str:
        return "../../" + Path(path).resolve().relative_to(ROOT).as_posix()

    # the helpers' calls lupdate saw, under a wrong (empty) context: dropped, then added where they belong
    for name in ("",):
        c = contexts.get(name)
        if c is None:
            continue
        for m in c.findall("message"):
            if all(loc.get("filename", "").removeprefix("../../") in files for loc in m.findall("location")):
                c.remove(m)
    for wrong, right in RENAMED.items():
        c = contexts.pop(wrong, None)
        if c is None:
            continue
        root.remove(c)
        for m in c.findall("message"):
            target = message(context(right), m.findtext("source") or "")
            for i, loc in enumerate(m.findall("location")):
                target.insert(i, loc)
    for name, path, line, texts in DYNAMIC:
        if (ROOT / path).exists():
            for source in texts:
                found.setdefault(name, []).append((source, str(ROOT / path), line))
    for name, calls in found.items():
        c = context(name)
        for source, path, line in calls:
            m = message(c, source)
            m.insert(len(m.findall("location")), ET.Element("location", filename=rel(path), line=str(line)))
    for name, c in list(contexts.items()):
        if not c.findall("message"):
            root.remove(c)
            continue
        for m in c.findall("message"):  # keep what had English before (lupdate dropped it from these contexts)
            t = m.find("translation")
            if (not t.text or t.get("type") == "unfinished") and (name, m.findtext("source") or "") in old:
                t.text = old[(name, m.findtext("source") or "")]
                t.attrib.pop("type", None)
    root[:] = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for el in root.iter():  # let ET.indent lay out the added elements like the rest
        if len(el) and el.text and not el.text.strip():
            el.text = None
        if el.tail and not el.tail.strip():
            el.tail = None
    root.text = "\n"
    for c in root:
        ET.indent(c, "    ")
        c.tail = "\n"
    tree.write(ts, encoding="utf-8", xml_declaration=True)


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


def update(ts: Path = TS) -> tuple[int, int]:
    """lupdate the GUI's strings into `ts`, then fill the English known here: (translated, without English)."""
    sources: list[str] = []
    for s in SOURCES:
        path = ROOT / s
        sources += sorted(str(p) for p in path.glob("*.py")) if path.is_dir() else [str(path)] if path.exists() else []
    old = old_translations(ts)
    subprocess.run([tool("lupdate"), *sources, "-source-language", "zh_CN", "-silent",
                    "-target-language", "en", "-no-obsolete", "-ts", str(ts)], check=True, cwd=ROOT)
    fix_contexts(ts, *helper_strings(sources), old)
    return fill(ts)


def main() -> int:
    done, missing = update(TS)
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(QM)], check=True, cwd=ROOT)
    print(f"{done} translated, {missing} without English (shown in Chinese)")
    return 0

if __name__ == "__main__":
    sys.exit(main())
