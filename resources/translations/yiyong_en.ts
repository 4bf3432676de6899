<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountsWidget</name>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="58" />
        <source>用户账户</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="88" />
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="93" />
        <source>立即备份到…</source>
        <translation>Back up now to…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="95" />
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="117" />
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="117" />
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="117" />
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="125" />
        <source>尚未建立用户账户：现在是单用户模式，任何人打开程序都可以做任何操作。新增第一个用户（必须是管理员）后，每次启动都需要登录。</source>
        <translation>No user accounts yet: in single-user mode anyone who opens the program can do anything. Once the first user (who must be an administrator) is added, every start asks for a login.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="128" />
        <source>只有管理员可以管理用户账户。</source>
        <translation>Only administrators can manage user accounts.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="130" />
        <source>录入员登记和修改记录；审核员另可确认案件、审批奖励发放、签发文书；管理员另可管理账户、密钥、设置和恢复备份。</source>
        <translation>Clerks enter and edit records; reviewers can also decide confirmation cases, approve award payments and issue letters; administrators can also manage accounts, keys and settings, and restore backups.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="136" />
        <source>每天第一次使用时、每次导入数据包和恢复之前，程序自动备份到 {0}，保留 {1} 天。</source>
        <translation>The program backs up to {0} by itself on first use each day and before every package import or restore, and keeps backups for {1} days.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="147" />
        <source>未能完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="156" />
        <source>请选择用户</source>
        <translation>Choose a user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="156" />
        <source>请先在列表中选择一个用户。</source>
        <translation>First choose a user in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="166" />
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="199" />
        <source>更改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="199" />
        <source>“{0}”的新角色：</source>
        <translation>New role for “{0}”:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="210" />
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="210" />
        <source>“{0}”的新密码（至少 {1} 个字符）：</source>
        <translation>New password for “{0}” (at least {1} characters):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="213" />
        <source>已重设密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="213" />
        <source>请把新密码当面告诉“{0}”。</source>
        <translation>Tell “{0}” the new password in person.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="219" />
        <source>备份到哪个文件夹（如 U 盘）</source>
        <translation>Folder to back up to (e.g. a USB stick)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="222" />
        <location filename="../../desktop/gui/accounts_widget.py" line="243" />
        <source>备份口令</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="223" />
        <source>设置口令可加密备份（U 盘丢失也无法读取）；留空则不加密：</source>
        <translation>A passphrase encrypts the backup (unreadable even if the stick is lost); leave empty for none:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="227" />
        <source>正在备份数据库</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="247" />
        <source>正在检查备份文件</source>
        <translation>Checking the backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="230" />
        <source>备份完成</source>
        <translation>Backup done</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="230" />
        <source>已备份到 {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="237" />
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="238" />
        <source>备份文件 (*.db *.dump *.yybak);;所有文件 (*)</source>
        <translation>Backup files (*.db *.dump *.yybak);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="243" />
        <source>此备份已加密，请输入口令：</source>
        <translation>This backup is encrypted; enter its passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="256" />
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="257" />
        <source>备份检查通过（审计记录 {0} 条）。用它替换当前数据库吗？当前数据库将改名保留。</source>
        <translation>The backup passed its check ({0} audit records). Replace the current database with it? The current database is kept under a new name.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="271" />
        <source>已从备份恢复。原数据库保留为：{0}</source>
        <translation>Restored from the backup. The previous database was kept as: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="278" />
        <source>正在从备份恢复</source>
        <translation>Restoring from the backup</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="279" />
        <source>恢复未完成</source>
        <translation>Restore not completed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="271" />
        <source>恢复完成</source>
        <translation>Restore done</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="21" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="21" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="22" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="22" />
        <source>状态</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="23" />
        <source>最近登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="73" />
        <source>新增用户…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="74" />
        <source>停用/启用</source>
        <translation>Deactivate/activate</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="75" />
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="76" />
        <source>更改角色…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="77" />
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="44" />
        <source>办理：{0}</source>
        <translation>Action: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="49" />
        <source>案件当前状态：{0}</source>
        <translation>Case state: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="99" />
        <source>确定执行“{0}”？</source>
        <translation>Carry out “{0}”?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="108" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="161" />
        <source>未办理：{0}</source>
        <translation>Not done: {0}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="105" />
        <source>第 2 步（共 4 步）：管理员账户</source>
        <translation>Step 2 of 4: administrator account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="108" />
        <source>本数据库已经有管理员账户，无需再次创建。</source>
        <translation>This database already has an administrator account; no need to create one.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="110" />
        <source>管理员可以添加和停用用户、管理交换密钥、修改设置和恢复备份。请牢记密码：忘记后只能由其他管理员重置。</source>
        <translation>The administrator adds and deactivates users, manages exchange keys and settings, and restores backups. Remember the password: only another administrator can reset it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="117" />
        <source>如：张三（可不填）</source>
        <translation>e.g. 张三 (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="121" />
        <source>至少 {0} 个字符</source>
        <translation>At least {0} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="127" />
        <source>用户名 *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="128" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="129" />
        <source>密码 *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="130" />
        <source>再次输入密码 *</source>
        <translation>Repeat password *</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="144" />
        <source>用户名不能为空</source>
        <translation>The user name is required</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="146" />
        <source>用户名“{0}”不能包含空格</source>
        <translation>The user name “{0}” must not contain spaces</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="148" />
        <source>密码太短：至少需要 {0} 个字符</source>
        <translation>Password too short: at least {0} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="150" />
        <source>密码的开头和结尾不能是空格</source>
        <translation>The password must not start or end with a space</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="152" />
        <source>密码不能与用户名相同</source>
        <translation>The password must differ from the user name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="154" />
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/gui/app.py" line="107" />
        <source>见义勇为工作台</source>
        <translation>Yiyong — Bravery Recognition Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/app.py" line="150" />
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="226" />
        <source>表彰奖励</source>
        <translation>Commendations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="244" />
        <source>　表彰批次：{0}</source>
        <translation>  Batch: {0}</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="31" />
        <location filename="../../desktop/gui/pages/awards.py" line="41" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="32" />
        <source>表彰批次名称</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="33" />
        <location filename="../../desktop/gui/pages/awards.py" line="42" />
        <source>表彰级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="34" />
        <source>表彰机关</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="35" />
        <source>表彰文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="36" />
        <source>表彰日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="37" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="38" />
        <source>奖励金额合计（元）</source>
        <translation>Total (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="43" />
        <source>搜索：批次名称、文号或受表彰人员</source>
        <translation>Search: batch, document no. or person</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="46" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="47" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="48" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="49" />
        <source>荣誉称号</source>
        <translation>Honour</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="50" />
        <source>记功</source>
        <translation>Merit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="51" />
        <source>奖励金额（元）</source>
        <translation>Award (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="52" />
        <location filename="../../desktop/gui/pages/awards.py" line="63" />
        <source>发放状态</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="55" />
        <source>发放日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="56" />
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="57" />
        <source>外来务工</source>
        <translation>Migrant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="58" />
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="59" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="60" />
        <source>银行账号</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="64" />
        <source>在本批次中搜索：姓名、拼音首字母或荣誉称号</source>
        <translation>Search this batch: name, pinyin initials or honour</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="66" />
        <location filename="../../desktop/gui/pages/awards.py" line="100" />
        <source>表彰名单：请在上方选择表彰批次</source>
        <translation>Roll: choose a batch above</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="79" />
        <source>表彰奖励</source>
        <translation>Commendations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="81" />
        <source>发放状态为黄色：已批准、尚未发放。</source>
        <translation>Amber payment: approved but not yet paid.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="103" />
        <source>表彰名单：{0}</source>
        <translation>Roll: {0}</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="263" />
        <source>新增表彰批次</source>
        <translation>New commendation batch</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="263" />
        <source>表彰批次：{0}</source>
        <translation>Commendation batch: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="276" />
        <source>表彰名单</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="279" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="279" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="279" />
        <source>荣誉称号</source>
        <translation>Honour</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="280" />
        <source>记功</source>
        <translation>Merit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="280" />
        <source>奖励金额（元）</source>
        <translation>Award (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="281" />
        <source>发放状态</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="281" />
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="290" />
        <source>添加人员：输入姓名、拼音首字母或证件号码，回车选中</source>
        <translation>Add a person: type a name, pinyin initials or an ID number, then press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="293" />
        <location filename="../../desktop/gui/forms/records.py" line="341" />
        <source>移出名单</source>
        <translation>Remove from roll</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="303" />
        <source>共 {0} 人，奖励金额合计 {1} 元</source>
        <translation>{0} people, awards totalling {1} CNY</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="317" />
        <source>表彰批次已保存，可在下方添加受表彰人员。</source>
        <translation>Batch saved; add the people commended below.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="342" />
        <source>确定将“{0}”移出本批次？</source>
        <translation>Remove “{0}” from this batch?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="347" />
        <source>不能移出</source>
        <translation>Cannot remove</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="444" />
        <location filename="../../desktop/gui/forms/case.py" line="451" />
        <source>事迹：{0}</source>
        <translation>Deed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="451" />
        <location filename="../../desktop/gui/forms/case.py" line="455" />
        <source>请先选择事迹</source>
        <translation>Choose a deed first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="459" />
        <source>登记见义勇为确认申请</source>
        <translation>Register a confirmation application</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="459" />
        <source>编辑案件登记信息</source>
        <translation>Edit case registration</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="207" />
        <source>事迹与人员</source>
        <translation>Deed and people</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="213" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="213" />
        <source>本人结果</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="219" />
        <source>打开事迹</source>
        <translation>Open deed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="221" />
        <source>编辑登记信息…</source>
        <translation>Edit registration…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="229" />
        <source>法定期限</source>
        <translation>Statutory deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="234" />
        <source>办理情况</source>
        <translation>progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="238" />
        <source>可以办理的操作</source>
        <translation>Available actions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="245" />
        <source>办理记录</source>
        <translation>Case history</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="247" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="248" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="248" />
        <source>办理后状态</source>
        <translation>New state</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="249" />
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="249" />
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="257" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="283" />
        <source>确认案件 {0}：{1}</source>
        <translation>Confirmation case {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="286" />
        <source>{0}　{1}　{2}
{3}</source>
        <translation>{0}  {1}  {2}
{3}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="307" />
        <source>理由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="308" />
        <source>公示开始</source>
        <translation>Public notice from</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="309" />
        <source>告知日期</source>
        <translation>Notified on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="310" />
        <source>复核申请日期</source>
        <translation>Review requested on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="310" />
        <source>复核结果</source>
        <translation>Review result</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="311" />
        <source>复核决定日期</source>
        <translation>Review decided on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="311" />
        <source>延期次数</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="312" />
        <source>延期理由</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="335" />
        <source>暂无计时中的期限</source>
        <translation>No deadline running</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="350" />
        <source>{0}：{1}（已完成）</source>
        <translation>{0}: {1} (done)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="352" />
        <source>{0}：{1}（已超期 {2} 天）</source>
        <translation>{0}: {1} ({2} days overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="354" />
        <source>{0}：{1}（今天到期）</source>
        <translation>{0}: {1} (due today)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="355" />
        <source>{0}：{1}（还剩 {2} 天）</source>
        <translation>{0}: {1} ({2} days left)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="308" />
        <location filename="../../desktop/gui/forms/case.py" line="360" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="360" />
        <source>申请人/举荐人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="361" />
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="306" />
        <location filename="../../desktop/gui/forms/case.py" line="361" />
        <source>受理日期</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="306" />
        <location filename="../../desktop/gui/forms/case.py" line="362" />
        <source>受理单位</source>
        <translation>Accepting office</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="309" />
        <location filename="../../desktop/gui/forms/case.py" line="362" />
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="307" />
        <location filename="../../desktop/gui/forms/case.py" line="363" />
        <source>决定文号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="307" />
        <location filename="../../desktop/gui/forms/case.py" line="363" />
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="308" />
        <location filename="../../desktop/gui/forms/case.py" line="364" />
        <source>送达日期</source>
        <translation>Served on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="375" />
        <source>本案已办结，没有可办理的操作</source>
        <translation>This case is closed; no actions left</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="382" />
        <source>
需要填写：{0}</source>
        <translation>
Requires: {0}</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="25" />
        <source>登记确认申请</source>
        <translation>Register an application</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="26" />
        <source>还没有选中事迹。请先在“事迹”页选中要申请确认的事迹，再回到这里点“新增”；也可以打开事迹，点其中的“登记确认申请…”。</source>
        <translation>No deed is selected. Select the deed on the Deeds tab first, then come back and click New; or open the deed and click “Register an application…” in it.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="242" />
        <source>第 3 步（共 4 步）：字体与打印机</source>
        <translation>Step 3 of 4: fonts and printer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="243" />
        <source>检查本机能否正确显示和打印中文（含生僻字）。有问题时不影响继续设置，可按提示处理。</source>
        <translation>Checks that this computer shows and prints Chinese (rare characters too). Problems do not stop the setup; follow the hints.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="247" />
        <source>重新检查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="182" />
        <source>随程序提供的打印字体</source>
        <translation>Print fonts shipped with the program</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="193" />
        <source>本机的公文字体（仿宋）</source>
        <translation>Official-document font on this computer (FangSong)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="205" />
        <source>文书各部分使用的字体</source>
        <translation>Fonts used in the parts of letters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="212" />
        <source>屏幕显示用的中文字体</source>
        <translation>Chinese screen font</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="218" />
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="268" />
        <source>处理办法：{0}</source>
        <translation>What to do: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="178" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="229" />
        <source>请在 Windows“设置 → 蓝牙和其他设备 → 打印机和扫描仪”中添加打印机并安装驱动，</source>
        <translation>Add a printer and install its driver in Windows Settings → Bluetooth &amp; devices → Printers &amp; scanners, </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="235" />
        <source>然后点“重新检查”。在此之前，文书可保存为 PDF 文件，拷到有打印机的电脑上打印。</source>
        <translation>then click Check again. Until then, letters can be saved as PDF files and printed on a computer that has a printer.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="185" />
        <source>程序文件夹不完整：请从原 U 盘重新复制整个 yiyong 文件夹（包括 _internal 文件夹）。</source>
        <translation>The program folder is incomplete: copy the whole yiyong folder (with its _internal folder) again from the original USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="197" />
        <source>不影响使用：文书正文将用随程序提供的朱雀仿宋打印。如需本单位的标准公文字体，请安装仿宋_GB2312（或 Windows 自带的 仿宋 simfang.ttf），重新启动程序后会自动使用。</source>
        <translation>Nothing stops you working: the body of letters is printed in Zhuque Fangsong, which comes with the program. For your office's standard font, install FangSong_GB2312 (or Windows' own FangSong, simfang.ttf); the program uses it after a restart.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="207" />
        <source>程序文件夹不完整：请从原 U 盘重新复制整个 yiyong 文件夹。</source>
        <translation>The program folder is incomplete: copy the whole yiyong folder again from the original USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="214" />
        <source>界面上的中文可能显示为方框：Windows 请确认已安装“微软雅黑”；其他系统请安装 Noto Sans CJK 字体。</source>
        <translation>Chinese text on screen may show as boxes: on Windows make sure Microsoft YaHei is installed; on other systems install the Noto Sans CJK fonts.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="231" />
        <source>请在“系统设置 → 打印机与扫描仪”中添加打印机，</source>
        <translation>Add a printer in System Settings → Printers &amp; Scanners, </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="233" />
        <source>请在系统的“设置 → 打印机”中添加打印机（或在浏览器中打开 http://localhost:631 用 CUPS 添加；Debian 需先安装 cups 软件包），</source>
        <translation>Add a printer in the system's Settings → Printers (or open http://localhost:631 in a browser and add it with CUPS; on Debian install the cups package first), </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="183" />
        <source>朱雀仿宋（正文）、思源宋体（Noto Serif SC）常规和粗体、霞鹜文楷（可打印 𠮷 等扩展区生僻字）</source>
        <translation>Zhuque Fangsong (body text), Noto Serif SC regular and bold, LXGW WenKai (prints rare characters such as 𠮷 from the extension blocks)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="213" />
        <source>未找到常用中文字体</source>
        <translation>No common Chinese font found</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="220" />
        <source>未找到打印机</source>
        <translation>No printer found</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="196" />
        <source>本机没有可嵌入的中文 TrueType 字体</source>
        <translation>No embeddable Chinese TrueType font on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="206" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="184" />
        <source>缺少：{0}</source>
        <translation>Missing: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="194" />
        <source>找到：{0}</source>
        <translation>Found: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="213" />
        <source>将使用：{0}</source>
        <translation>Will use: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="195" />
        <source>未找到仿宋字体；本机其他中文字体：{0}</source>
        <translation>No FangSong font; other Chinese fonts here: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="220" />
        <source>共 {0} 台：{1}</source>
        <translation>{0} in all: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="219" />
        <source>默认打印机：{0}；</source>
        <translation>Default printer: {0}; </translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/gui/crash.py" line="35" />
        <source>程序遇到意外错误，刚才的操作可能没有完成：{0}

详细情况已记录在日志文件：
{1}

请检查刚才的操作结果；如问题重复出现，请把这个文件交给技术支持人员。</source>
        <translation>The program met an unexpected error; what you just did may not be complete: {0}

The details were written to the log file:
{1}

Please check the result of what you just did; if it happens again, give this file to technical support.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/crash.py" line="66" />
        <source>见义勇为工作台</source>
        <translation>Yiyong — Bravery Recognition Desk</translation>
    </message>
</context>
<context>
    <name>Databases</name>
    <message>
        <location filename="../../desktop/gui/databases.py" line="134" />
        <source>新建数据库…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/databases.py" line="137" />
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/databases.py" line="140" />
        <source>最近打开的数据库</source>
        <translation>Recent databases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/databases.py" line="70" />
        <location filename="../../desktop/gui/databases.py" line="77" />
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/databases.py" line="71" />
        <source>见义勇为工作台数据库 (*.db)</source>
        <translation>Yiyong databases (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/databases.py" line="83" />
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/databases.py" line="84" />
        <source>见义勇为工作台数据库 (*.db);;所有文件 (*)</source>
        <translation>Yiyong databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/databases.py" line="96" />
        <source>这个数据库已经打开</source>
        <translation>This database is already open</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/databases.py" line="110" />
        <source>已取消，当前数据库未改变</source>
        <translation>Cancelled; the open database is unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/databases.py" line="101" />
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/databases.py" line="159" />
        <source>（没有）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/databases.py" line="77" />
        <source>“{0}”已经存在。请换一个文件名；要使用它，请选“打开数据库…”。</source>
        <translation>“{0}” already exists. Choose another file name; to use it, choose “Open database…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/databases.py" line="101" />
        <source>{0}
当前数据库仍然打开着，可以继续工作。</source>
        <translation>{0}
The current database is still open; you can go on working.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../desktop/gui/forms/widgets.py" line="56" />
        <source>如 2026-11-20</source>
        <translation>e.g. 2026-11-20</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/widgets.py" line="61" />
        <source>从日历中选择</source>
        <translation>Choose from the calendar</translation>
    </message>
</context>
<context>
    <name>DeedDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="37" />
        <source>登记见义勇为事迹</source>
        <translation>Register a deed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="38" />
        <source>事迹：{0}</source>
        <translation>Deed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="45" />
        <source>见义勇为人员 *</source>
        <translation>Heroes *</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="51" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="51" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="51" />
        <source>本人结果</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="51" />
        <source>在事迹中的作用</source>
        <translation>Role in the deed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="65" />
        <source>新建人员…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="76" />
        <source>见义勇为行为确认</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="78" />
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="78" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="79" />
        <source>状态</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="79" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="80" />
        <source>决定文号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="83" />
        <source>登记确认申请…</source>
        <translation>Apply for confirmation…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="96" />
        <source>“{0}”已在本事迹中</source>
        <translation>“{0}” is already in this deed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="106" />
        <source>新建人员（随事迹一并保存）</source>
        <translation>New person (saved with the deed)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="116" />
        <source>（新建）</source>
        <translation>(new)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="128" />
        <source>如：主要施救人</source>
        <translation>e.g. main rescuer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="131" />
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="162" />
        <source>事迹至少需要一名见义勇为人员</source>
        <translation>A deed needs at least one hero</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="165" />
        <source>请选择“{0}”的本人结果（未伤/受伤/致残/牺牲）</source>
        <translation>Choose the outcome for “{0}” (unhurt/injured/disabled/died)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="221" />
        <source>事迹已保存。可点击“登记确认申请…”开始见义勇为行为确认。</source>
        <translation>Deed saved. Click “Apply for confirmation…” to start its confirmation.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="236" />
        <source>请先保存事迹的修改，再登记确认申请</source>
        <translation>Save the changes to the deed before applying for confirmation</translation>
    </message>
</context>
<context>
    <name>DeedPicker</name>
    <message>
        <location filename="../../desktop/gui/forms/picker.py" line="102" />
        <source>输入事迹标题、地点或人员姓名查找事迹，回车选中</source>
        <translation>Type a deed title, place or person's name; Enter picks the deed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/picker.py" line="112" />
        <source>没有找到“{0}”相关的事迹，请先登记事迹</source>
        <translation>No deed found for “{0}”; register the deed first</translation>
    </message>
</context>
<context>
    <name>DeedsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="39" />
        <source>发生日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="40" />
        <source>事迹标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="41" />
        <location filename="../../desktop/gui/pages/deeds.py" line="50" />
        <source>行为类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="42" />
        <source>见义勇为人员</source>
        <translation>Heroes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="43" />
        <location filename="../../desktop/gui/pages/deeds.py" line="51" />
        <location filename="../../desktop/gui/pages/deeds.py" line="76" />
        <source>发生地</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="44" />
        <source>发生地点</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="45" />
        <location filename="../../desktop/gui/pages/deeds.py" line="53" />
        <source>确认状态</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="46" />
        <source>接报警情编号</source>
        <translation>Police report no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="49" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="52" />
        <source>人员结果</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="54" />
        <source>事迹标题、地点、警情编号、人员姓名</source>
        <translation>Title, place, police report no., person's name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="58" />
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="59" />
        <location filename="../../desktop/gui/pages/deeds.py" line="83" />
        <source>事迹</source>
        <translation>Deeds</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="60" />
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="61" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="62" />
        <source>申请人/举荐人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="63" />
        <location filename="../../desktop/gui/pages/deeds.py" line="74" />
        <source>办理状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="65" />
        <source>期限倒计时</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="88" />
        <source>期限倒计时一栏：黄色为临近到期，红色为已超期。</source>
        <translation>Deadline countdown column: yellow is due soon, red is overdue.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="103" />
        <source>已超期{0}天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="105" />
        <source>今天到期</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="107" />
        <source>剩余{0}天</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="67" />
        <source>受理日期</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="68" />
        <location filename="../../desktop/gui/pages/deeds.py" line="77" />
        <source>确认结论</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="69" />
        <source>决定文号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="70" />
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="73" />
        <source>办理情况</source>
        <translation>progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="73" />
        <source>正在办理</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="75" />
        <source>收到年度</source>
        <translation>year received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="78" />
        <source>事迹标题、申请人、决定文号、人员姓名</source>
        <translation>Deed title, applicant, decision no., person's name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="84" />
        <source>确认案件</source>
        <translation>Confirmation cases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="86" />
        <source>事迹与确认</source>
        <translation>Deeds &amp; confirmation</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="281" />
        <source>第 4 步（共 4 步）：演示数据</source>
        <translation>Step 4 of 4: demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="282" />
        <source>可载入一批虚构的人员、事迹、确认案件和表彰，用来熟悉操作。演示数据均标注“演示数据（虚构）”，正式使用前请另建一个数据库。</source>
        <translation>Load fictitious people, deeds, cases and commendations to practise with. They are marked “演示数据（虚构）” (demo); use a separate database for real work.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="284" />
        <source>载入演示数据，用来练习</source>
        <translation>Load demo data to practise with</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="290" />
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="306" />
        <source>本数据库已有记录，不能再载入演示数据</source>
        <translation>This database already has records; demo data cannot be loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="317" />
        <source>按“完成”后将：</source>
        <translation>“Finish” will:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="318" />
        <source>· 设置本单位为 {0}（{1}）</source>
        <translation>· set this office to {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="320" />
        <source>· 创建管理员账户“{0}”并以其身份登录</source>
        <translation>· create the administrator account “{0}” and log in as it</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="321" />
        <source>· 之后可随时在“帮助 → 使用指南”中查看操作说明</source>
        <translation>· the instructions stay available under “Help → User guide”</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="319" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="321" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="323" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="77" />
        <source>导出数据包</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="93" />
        <source>接收单位</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="96" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="103" />
        <source>保存到（U 盘）</source>
        <translation>Save to (USB stick)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="104" />
        <source>全量导出（默认只导出对方尚未确认收到的变更）</source>
        <translation>Export everything (by default only changes not yet acknowledged)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="108" />
        <source>对方公钥未知时填写，并另行告知对方</source>
        <translation>Fill in if their public key is unknown, and tell them separately</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="109" />
        <source>口令（可选）</source>
        <translation>Passphrase (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="110" />
        <source>按旧格式（版本 1）导出，供尚未升级的单位使用</source>
        <translation>Old format (version 1), for offices not yet upgraded</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="112" />
        <source>随包下发本单位的节假日安排（仅限发往下级单位）</source>
        <translation>Send this office's holiday calendar with the package (to offices below only)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="116" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="117" />
        <location filename="../../desktop/gui/exchange_dialogs.py" line="197" />
        <location filename="../../desktop/gui/exchange_dialogs.py" line="299" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="148" />
        <source>选择导出文件夹</source>
        <translation>Choose the export folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="168" />
        <source>导入预览</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="196" />
        <source>导入（先自动备份）</source>
        <translation>Import (backs up first)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="213" />
        <source>导入报告</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="218" />
        <source>只显示有变化的记录</source>
        <translation>Only records that change</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="229" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="243" />
        <source>撤销此次导入</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="244" />
        <source>将删除此次导入新增的记录，并把此次导入改动的记录恢复为导入前的版本。导入之后若这些记录又被修改过，将拒绝撤销。确定撤销？</source>
        <translation>The records this import added will be removed and the records it changed will get back their versions from before it. If any of them has been changed since, the undo is refused. Undo the import?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="269" />
        <source>显示全部字段（默认只显示不同的字段）</source>
        <translation>Show all fields (by default only those that differ)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="298" />
        <source>保存合并结果</source>
        <translation>Save merged record</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="84" />
        <source>（已有公钥）</source>
        <translation>(key known)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="84" />
        <source>（无公钥，需用口令）</source>
        <translation>(no key; passphrase needed)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="184" />
        <location filename="../../desktop/gui/exchange_dialogs.py" line="225" />
        <location filename="../../desktop/gui/pages/exchange.py" line="212" />
        <source>注意：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="253" />
        <location filename="../../desktop/gui/exchange_dialogs.py" line="176" />
        <location filename="../../desktop/gui/pages/exchange.py" line="114" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="253" />
        <location filename="../../desktop/gui/pages/exchange.py" line="114" />
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="253" />
        <source>记录标识</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="253" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="253" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="274" />
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="274" />
        <source>本单位的值</source>
        <translation>Ours</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="274" />
        <source>对方的值</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="274" />
        <source>用本单位的</source>
        <translation>Use ours</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="274" />
        <source>用对方的</source>
        <translation>Use theirs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="144" />
        <source>未导出：{0}</source>
        <translation>Not exported: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="170" />
        <source>数据包：{0}
来自：{1} {2}（第 {3} 号，格式版本 {4}）
发送单位指纹：{5}</source>
        <translation>Package: {0}
From: {1} {2} (no. {3}, format version {4})
Sender's fingerprint: {5}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="232" />
        <source>此次导入已撤销。</source>
        <translation>This import has been undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="234" />
        <source>撤销此次导入…</source>
        <translation>Undo this import…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="264" />
        <source>合并冲突：{0}</source>
        <translation>Merge conflict: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="181" />
        <source>冲突：{0} {1}（两个版本都会保留，导入后请逐项合并）</source>
        <translation>Conflict: {0} {1} (both versions are kept; merge them after import)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="183" />
        <source>跳过：{0} {1}：{2}</source>
        <translation>Skipped: {0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="192" />
        <source>已与对方电话核对指纹 {0}，信任单位 {1}</source>
        <translation>Fingerprint {0} checked with them by phone; trust office {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="215" />
        <source>数据包：{0}
来自：{1}　导入时间：{2}　操作人：{3}
结果：{4}</source>
        <translation>Package: {0}
From: {1}  Imported: {2}  User: {3}
Result: {4}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="266" />
        <source>此记录在本单位和{0}都被修改过。请逐项选择保留哪一方的内容；合并结果会作为新的修改发给其他单位。</source>
        <translation>This record was changed both here and at {0}. Choose field by field whose content to keep; the merged result is sent to the other offices as a new change.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange_dialogs.py" line="90" />
        <source>（上级单位）</source>
        <translation>(higher office)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="41" />
        <location filename="../../desktop/gui/pages/exchange.py" line="131" />
        <source>数据交换</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="62" />
        <source>数据包历史</source>
        <translation>Package history</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="67" />
        <source>逐项合并…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="70" />
        <location filename="../../desktop/gui/pages/exchange.py" line="118" />
        <source>待合并冲突</source>
        <translation>Conflicts to merge</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="80" />
        <source>不是同一人</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="85" />
        <location filename="../../desktop/gui/pages/exchange.py" line="258" />
        <source>疑似重复人员</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="86" />
        <source>交换状态</source>
        <translation>Exchange status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="161" />
        <source>导出完成</source>
        <translation>Export done</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="213" />
        <source>导入完成</source>
        <translation>Import done</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="236" />
        <source>已撤销导入</source>
        <translation>Import undone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="285" />
        <source>保存本单位公钥</source>
        <translation>Save our public key</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="286" />
        <location filename="../../desktop/gui/pages/exchange.py" line="297" />
        <source>公钥文件 (*.json)</source>
        <translation>Public key files (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="297" />
        <source>选择对方单位的公钥文件</source>
        <translation>Choose the other office's public key file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="48" />
        <source>导出数据包…</source>
        <translation>Export package…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="48" />
        <source>导入数据包…</source>
        <translation>Import package…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="49" />
        <source>导出本单位公钥…</source>
        <translation>Export our public key…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="49" />
        <source>导入对方公钥…</source>
        <translation>Import their public key…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="65" />
        <source>同一记录在两个单位都被修改过：两个版本都已保留，请双击逐项合并。</source>
        <translation>The same record was changed by two offices: both versions are kept; double-click to merge them field by field.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="73" />
        <source>同一身份证号被两处分别登记为两个人员：选择保留哪一条，另一条的事迹、奖励等将转到保留的记录上。</source>
        <translation>One ID number was registered as two people in two places: choose the one to keep; the other's deeds, awards etc. move to it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="76" />
        <source>保留第一条并合并</source>
        <translation>Keep first, merge</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="76" />
        <source>保留第二条并合并</source>
        <translation>Keep second, merge</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="107" />
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="107" />
        <location filename="../../desktop/gui/pages/exchange.py" line="114" />
        <location filename="../../desktop/gui/pages/exchange.py" line="125" />
        <source>对方单位</source>
        <translation>Other office</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="107" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="107" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="107" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="107" />
        <source>状态</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="107" />
        <source>内容</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="114" />
        <source>数据包</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="114" />
        <source>发现时间</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="120" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="120" />
        <source>第一条</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="120" />
        <source>第二条</source>
        <translation>Second</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="125" />
        <source>尚未发送</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="125" />
        <source>已发送待确认</source>
        <translation>Sent, receipt pending</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="125" />
        <source>对方已确认收到</source>
        <translation>Receipt acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="125" />
        <source>最近发出</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="126" />
        <source>最近收到</source>
        <translation>Last received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="167" />
        <source>选择收到的数据包</source>
        <translation>Choose a received package</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="168" />
        <source>见义勇为数据包 (*.yyp);;所有文件 (*)</source>
        <translation>Yiyong packages (*.yyp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="205" />
        <source>导入完成：新增 {0}，更新 {1}，删除 {2}，无变化 {3}，冲突 {4}，跳过 {5}。</source>
        <translation>Import done: {0} added, {1} updated, {2} deleted, {3} unchanged, {4} conflicts, {5} skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="208" />
        <source>有冲突的记录两个版本都已保留，请在“待合并冲突”中逐项合并。</source>
        <translation>Both versions of conflicting records are kept; merge them under “Conflicts to merge”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="242" />
        <source>合并冲突</source>
        <translation>Merge conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="242" />
        <source>请先选择一条冲突</source>
        <translation>Choose a conflict first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="258" />
        <source>请先选择一行</source>
        <translation>Choose a row first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="267" />
        <source>合并人员</source>
        <translation>Merge people</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="291" />
        <source>公钥已导出</source>
        <translation>Public key exported</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="161" />
        <source>已写出数据包：
{0}

内容：{1}
请将此文件交给{2}。</source>
        <translation>Package written:
{0}

Contents: {1}
Please give this file to {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="177" />
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="177" />
        <source>此数据包用口令加密，请输入对方告知的口令：</source>
        <translation>This package is encrypted; enter the passphrase the sender gave you:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="303" />
        <source>信任对方单位</source>
        <translation>Trust the other office</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="97" />
        <source>本单位：{0} {1}　　公钥指纹（电话核对用）：{2}</source>
        <translation>This office: {0} {1}    Key fingerprint (to check by phone): {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="117" />
        <source>待合并冲突（{0}）</source>
        <translation>Conflicts to merge ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="210" />
        <source>发现 {0} 处疑似同一人被重复登记，请在“疑似重复人员”中处理。</source>
        <translation>{0} people may be registered twice; deal with them under “Possible duplicates”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="267" />
        <source>保留“{0}”（{1} 登记），把另一条记录的事迹、奖励、保障等转过来并删除它？</source>
        <translation>Keep “{0}” (registered by {1}), move the other record's deeds, awards, guarantees etc. to it and delete the other?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="291" />
        <source>已写出：{0}
指纹：{1}
请把文件带给对方单位，并在电话中核对指纹。</source>
        <translation>Written: {0}
Fingerprint: {1}
Take the file to the other office and check the fingerprint by phone.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="302" />
        <source>
注意：这将替换原登记的公钥（原指纹 {0}）</source>
        <translation>
Note: this replaces the key registered before (old fingerprint {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="121" />
        <location filename="../../desktop/gui/pages/exchange.py" line="122" />
        <source>{0}（{1} 登记）</source>
        <translation>{0} (registered by {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="303" />
        <source>单位：{0} {1}
指纹：{2}{3}

请与对方电话核对指纹，一致后再信任。是否信任？</source>
        <translation>Office: {0} {1}
Fingerprint: {2}{3}

Check the fingerprint with them by phone; trust only if it matches. Trust this office?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="185" />
        <source>正在校验数据包</source>
        <translation>Verifying the package</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="198" />
        <source>正在导入数据包</source>
        <translation>Importing the package</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="231" />
        <source>正在撤销导入</source>
        <translation>Undoing the import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="148" />
        <source>正在导出数据包</source>
        <translation>Exporting the package</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/merge.py" line="26" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/merge.py" line="26" />
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/merge.py" line="26" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/merge.py" line="26" />
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/merge.py" line="26" />
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/merge.py" line="26" />
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="95" />
        <source>家庭成员</source>
        <translation>Family member</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="332" />
        <source>见义勇为工作台 — 首次使用设置</source>
        <translation>Yiyong — first-run setup</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="335" />
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="336" />
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="337" />
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="338" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="367" />
        <source>无法完成设置</source>
        <translation>Setup could not be completed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="378" />
        <source>正在生成演示数据……</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="392" />
        <source>生成演示数据失败</source>
        <translation>Demo data could not be created</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="396" />
        <source>正在生成演示数据</source>
        <translation>Creating demo data</translation>
    </message>
</context>
<context>
    <name>GroundsList</name>
    <message>
        <location filename="../../desktop/gui/forms/person_outcomes.py" line="22" />
        <source>（条文未核对，本单位选定）</source>
        <translation>(article not verified; this office's choice)</translation>
    </message>
</context>
<context>
    <name>GuaranteeDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="115" />
        <source>优抚保障事项</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="120" />
        <source>涉及的家庭成员：</source>
        <translation>Family member concerned:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="135" />
        <source>本人（不涉及家庭成员）</source>
        <translation>The person (no family member)</translation>
    </message>
</context>
<context>
    <name>GuaranteesPage</name>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="14" />
        <source>优抚保障</source>
        <translation>Guarantees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="24" />
        <source>{0}级</source>
        <translation>Grade {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="26" />
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="27" />
        <location filename="../../desktop/gui/pages/guarantees.py" line="39" />
        <source>保障类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="28" />
        <location filename="../../desktop/gui/pages/guarantees.py" line="41" />
        <source>责任部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="29" />
        <location filename="../../desktop/gui/pages/guarantees.py" line="40" />
        <source>办理状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="30" />
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="31" />
        <source>伤残等级</source>
        <translation>Disability grade</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="33" />
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="34" />
        <source>落实日期</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="35" />
        <source>下次办理期限</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="36" />
        <source>事项说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="42" />
        <source>申请年度</source>
        <translation>year applied</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="45" />
        <source>搜索：人员姓名、拼音首字母、证件号码或事项说明</source>
        <translation>Search: name, pinyin initials, ID number or description</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/gui/help.py" line="163" />
        <location filename="../../desktop/gui/help.py" line="56" />
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/help.py" line="167" />
        <source>打开数据文件夹</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/help.py" line="170" />
        <location filename="../../desktop/gui/help.py" line="120" />
        <source>关于见义勇为工作台</source>
        <translation>About Yiyong</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/help.py" line="67" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/help.py" line="98" />
        <source>&lt;h3&gt;见义勇为工作台 {0}&lt;/h3&gt;&lt;p&gt;供县（市、区）见义勇为工作部门离线使用：人员与事迹登记、行为确认、表彰奖励、优抚保障、走访慰问、文书打印，并通过 U 盘与市、省两级交换数据。&lt;/p&gt;&lt;p&gt;版本：{0}（本版本号写入每个数据包和每份文书的记录）&lt;br&gt;数据文件夹：{1}&lt;br&gt;Python {2}，Qt {3}&lt;/p&gt;&lt;p&gt;随程序提供的字体：朱雀仿宋、思源宋体 Noto Serif SC、霞鹜文楷 LXGW WenKai，均按 SIL 开放字体许可证（OFL-1.1）使用。Qt（PySide6）按 LGPL-3.0 使用。各组件的许可证见程序文件夹中的 resources/licenses 和 resources/fonts。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Yiyong {0}&lt;/h3&gt;&lt;p&gt;An offline desk for county offices: registering people and deeds, confirmation, commendations, guarantees, visits and letters, and exchanging data with the city and province by USB stick.&lt;/p&gt;&lt;p&gt;Version: {0} (written into every package and every letter's record)&lt;br&gt;Data folder: {1}&lt;br&gt;Python {2}, Qt {3}&lt;/p&gt;&lt;p&gt;Bundled fonts: Zhuque Fangsong (朱雀仿宋), Noto Serif SC (思源宋体) and LXGW WenKai (霞鹜文楷), all under the SIL Open Font License (OFL-1.1). Qt (PySide6) is used under LGPL-3.0. The licences of all components are in resources/licenses and resources/fonts in the program folder.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/help.py" line="137" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/help.py" line="197" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/help.py" line="47" />
        <source># 使用指南

找不到使用指南文件（{0}）：请重新复制完整的程序文件夹。</source>
        <translation># User guide

The user guide file ({0}) is missing: copy the whole program folder again.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="20" />
        <source>见义勇为人员</source>
        <translation>Heroes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="21" />
        <source>事迹</source>
        <translation>Deeds</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="22" />
        <source>办理中的确认案件</source>
        <translation>Open confirmation cases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="23" />
        <source>已确认见义勇为</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="24" />
        <source>牺牲人员</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="25" />
        <source>致残人员</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="26" />
        <source>奖励已批准未发放</source>
        <translation>Awards approved, unpaid</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="29" />
        <source>确认期限</source>
        <translation>Confirmation deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="30" />
        <source>奖励发放</source>
        <translation>Award payment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="31" />
        <source>保障事项</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="32" />
        <source>走访慰问</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="33" />
        <source>公示期满</source>
        <translation>Public notice ends</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="34" />
        <source>定期发放</source>
        <translation>Regular payments</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="68" />
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="84" />
        <source>待办事项</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="86" />
        <source>红色为已超期，黄色为临近期限。单击一项打开对应记录。</source>
        <translation>Red: overdue; amber: deadline near. Click an entry to open its record.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="95" />
        <source>目前没有需要处理的事项。</source>
        <translation>Nothing needs doing now.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="133" />
        <source>今天：{0}</source>
        <translation>Today: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="136" />
        <source>正在读取待办事项</source>
        <translation>Reading the to-do list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="144" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="167" />
        <source>单击打开记录</source>
        <translation>Click to open the record</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="37" />
        <source>导入台账（Excel / CSV）</source>
        <translation>Import ledger (Excel / CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="44" />
        <source>选择 .xlsx、.xls 或 .csv 台账文件</source>
        <translation>Choose an .xlsx, .xls or .csv ledger file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="46" />
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="70" />
        <source>按此对应重新检查</source>
        <translation>Check again with this mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="97" />
        <location filename="../../desktop/gui/import_dialog.py" line="99" />
        <source>不改人员信息（新事迹照常登记）</source>
        <translation>Leave the person unchanged (new deeds are registered as usual)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="100" />
        <source>用表格内容更新</source>
        <translation>Update from the spreadsheet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="104" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="107" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="121" />
        <source>选择台账文件</source>
        <translation>Choose a ledger file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="122" />
        <source>表格文件 (*.xlsx *.xls *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="329" />
        <source>正在导入台账……</source>
        <translation>Importing the ledger…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="348" />
        <location filename="../../desktop/gui/import_dialog.py" line="132" />
        <location filename="../../desktop/gui/import_dialog.py" line="141" />
        <source>导入台账</source>
        <translation>Import ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="41" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="49" />
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="63" />
        <source>列对应（可修改）</source>
        <translation>Column mapping (editable)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="65" />
        <source>表格中的列</source>
        <translation>Spreadsheet column</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="65" />
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="78" />
        <source>预览：导入后的样子、逐行检查结果（台账中已有的人员可选择“更新”或“不导入”）</source>
        <translation>Preview: the rows as they will be imported and the check of each (for people already in the ledger choose “Update” or “Skip”)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="95" />
        <source>台账中已有的人员：</source>
        <translation>People already in the ledger:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="180" />
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="199" />
        <source>工作表“{0}”：表头在第{1}行{2}。</source>
        <translation>Sheet “{0}”: header in row {1}{2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="206" />
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="206" />
        <source>检查结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="206" />
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="206" />
        <source>错误 / 提示</source>
        <translation>Errors / hints</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="206" />
        <source>建议（勾选采用）</source>
        <translation>Suggestion (tick to accept)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="271" />
        <source>共{0}行数据{1}：新人员 {2}，台账中已有 {3}，与前面行同一人 {4}，有错误 {5}（不导入，将写入错误工作簿），待核对确认 {6}，事迹待补充 {7}。</source>
        <translation>{0} data rows{1}: new people {2}, already in the ledger {3}, same person as an earlier row {4}, with errors {5} (not imported; written to the error workbook), to be checked {6}, deeds to be completed {7}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="291" />
        <source>外来务工人员</source>
        <translation>Migrant workers</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="337" />
        <source>导入完成：新增 {0} 行，更新 {1} 行，重复未导入 {2} 行，未通过检查 {3} 行，待核对确认 {4} 行，事迹待补充 {5} 行。</source>
        <translation>Import done: {0} rows added, {1} updated, {2} duplicates not imported, {3} failed the checks, {4} to be checked, {5} deeds to be completed.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="188" />
        <source>不确定这一列是什么，请选择后点“按此对应重新检查”</source>
        <translation>Not sure what this column is: choose, then click “Check again with this mapping”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="198" />
        <source>，编码 {0}</source>
        <translation>, encoding {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="222" />
        <source>（内容相同）</source>
        <translation> (identical)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="242" />
        <source>不改人员信息</source>
        <translation>Leave the person unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="243" />
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="270" />
        <source>（预览显示前{0}行）</source>
        <translation> (preview shows the first {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="279" />
        <source>合并为同一事迹：</source>
        <translation>Merge into one deed:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="133" />
        <source>“{0}”设置了打开密码，请输入密码：</source>
        <translation>“{0}” has an opening password; please enter it:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="230" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="248" />
        <source>不导入</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="289" />
        <source>类别：{0}</source>
        <translation>Category: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="341" />
        <source>未导入的行及错误原因已写入：
{0}
改正后可再次导入。</source>
        <translation>The rows not imported and the reasons were written to:
{0}
Correct them and import again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="201" />
        <source>有{0}列不能确定对应的字段（橙色），请确认或改正后点“按此对应重新检查”，确认前不能导入。</source>
        <translation>{0} columns could not be matched with certainty (orange): confirm or correct them, then click “Check again with this mapping”; nothing can be imported before that.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="222" />
        <source>（有{0}项不同）</source>
        <translation> ({0} differences)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="227" />
        <source>提示：{0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="229" />
        <source>台账中已有：{0}（编号 {1}）</source>
        <translation>In the ledger: {0} (no. {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="251" />
        <source>已核对原件，确认导入</source>
        <translation>Checked against the original; import</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="258" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="223" />
        <source>错误：{0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="224" />
        <source>待确认：{0}</source>
        <translation>To be confirmed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="225" />
        <source>事迹待补充：缺少{0}（人员照常导入）</source>
        <translation>Deed to be completed: {0} missing (the person is imported as usual)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="256" />
        <source>并入第{0}行</source>
        <translation>Merged into row {0}</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <location filename="../../desktop/gui/table_model.py" line="46" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>LetterSettingsDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="39" />
        <source>文书设置</source>
        <translation>Letter settings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="43" />
        <source>例如 上公（发文字号：上公〔2026〕7号）</source>
        <translation>e.g. 上公 (document number: 上公〔2026〕7号)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="45" />
        <source>红色版头文字；不填时用单位名称</source>
        <translation>Red letterhead text; the office name if empty</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="47" />
        <source>落款单位；不填时用单位名称</source>
        <translation>Signing office; the office name if empty</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="52" />
        <source>证书只印文字（套打在预印的证书纸上）</source>
        <translation>Print certificate text only (onto pre-printed certificate paper)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="60" />
        <source> 毫米</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="63" />
        <source>决定书中的复核机关，例如 杭州市公安局</source>
        <translation>Review authority named in decisions, e.g. 杭州市公安局</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="65" />
        <source>行政复议机关，例如 杭州市上城区人民政府</source>
        <translation>Administrative reconsideration authority, e.g. 杭州市上城区人民政府</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="66" />
        <source>机关代字：</source>
        <translation>Office abbreviation:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="67" />
        <source>发文机关标志：</source>
        <translation>Letterhead:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="68" />
        <source>落款单位：</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="69" />
        <source>日期格式：</source>
        <translation>Date format:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="71" />
        <source>套打水平偏移（向右为正）：</source>
        <translation>Horizontal offset (right +):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="72" />
        <source>套打垂直偏移（向下为正）：</source>
        <translation>Vertical offset (down +):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="73" />
        <source>复核机关：</source>
        <translation>Review authority:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="74" />
        <source>行政复议机关：</source>
        <translation>Reconsideration authority:</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="113" />
        <source>文书打印</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="117" />
        <source>制作文书</source>
        <translation>Make letters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="126" />
        <source>致本人（嘉奖信）</source>
        <translation>To the person (letter of praise)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="127" />
        <source>致所在单位（表彰信）</source>
        <translation>To the employer (letter of commendation)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="128" />
        <source>整批（按名单顺序）</source>
        <translation>Whole batch (roll order)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="131" />
        <source>搜索人员：姓名、拼音、身份证号</source>
        <translation>Search people: name, pinyin, ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="139" />
        <source>文书种类：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="140" />
        <source>致送对象：</source>
        <translation>Addressed to:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="141" />
        <source>表彰批次：</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="143" />
        <source>人员：</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="150" />
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="152" />
        <source>签发（取文号）</source>
        <translation>Issue (take a number)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="154" />
        <source>签发并每人一个文件…</source>
        <translation>Issue, one file each…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="158" />
        <source>重新签发（原件作废）…</source>
        <translation>Reissue (the original void)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="168" />
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="170" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="172" />
        <source>用系统程序打开</source>
        <translation>Open in system viewer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="179" />
        <source>文书设置…</source>
        <translation>Letter settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="181" />
        <source>编辑模板…</source>
        <translation>Edit templates…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="194" />
        <source>已签发文书</source>
        <translation>Issued letters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="197" />
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="197" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="197" />
        <source>对象</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="198" />
        <source>模板版本</source>
        <translation>Template version</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="198" />
        <source>签发日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="198" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="205" />
        <source>重印所选</source>
        <translation>Reprint selected</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="207" />
        <source>重印整批</source>
        <translation>Reprint batch</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="308" />
        <source>请先选择表彰批次</source>
        <translation>Choose a batch first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="313" />
        <source>请先在列表中选择人员</source>
        <translation>First choose a person in the list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="328" />
        <source>选择文书种类和对象后点“预览”</source>
        <translation>Choose the kind and addressee, then click “Preview”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="349" />
        <source>预览（尚未签发，文号待定）</source>
        <translation>Preview (not issued; number pending)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="377" />
        <location filename="../../desktop/gui/pages/letters.py" line="406" />
        <source>签发{0}</source>
        <translation>Issuing {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="420" />
        <source>每人一个文件：选择文件夹</source>
        <translation>One file each: choose a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="363" />
        <location filename="../../desktop/gui/pages/letters.py" line="437" />
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="255" />
        <source>{0}（{1}人）</source>
        <translation>{0} ({1} people)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="367" />
        <source>签发{0}：{1}
将取文号：{2}

文号一经取用不再收回。确定签发吗？</source>
        <translation>Issue {0}: {1}
Number to be taken: {2}

A number once taken is never given back. Issue it?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="370" />
        <source>其中 {0} 份此前已签发，按原文号重印（{1}），不取新文号。</source>
        <translation>{0} of them were issued before and are reprinted under their numbers ({1}); no new numbers are taken.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="373" />
        <source>{0}：{1} 已签发过（{2}），将按原文号原样重印，不取新文号。确定重印吗？</source>
        <translation>{0}: {1} was issued before ({2}); it will be reprinted as it was under its number, no new number taken. Reprint it?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="376" />
        <source>另在“{0}”中每人存一个文件。</source>
        <translation>Also one file per person in “{0}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="380" />
        <source>签发</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="380" />
        <source>重印</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="381" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="397" />
        <source>未签发，没有取用文号</source>
        <translation>Not issued; no number taken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="411" />
        <source>重新签发</source>
        <translation>Reissue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="412" />
        <source>原文书将标记为作废，并取新文号。请写明理由：</source>
        <translation>The original will be marked void and a new number taken. Please give the reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="415" />
        <source>重新签发需要写明理由</source>
        <translation>A reissue needs a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="441" />
        <source>这些{0}已签发过，按原文号重印 {1} 份（{2}），文件：{3}</source>
        <translation>These {0} were issued before; {1} copies reprinted under their numbers ({2}), file: {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="444" />
        <source>已签发{0} {1} 份（{2}），文件：{3}</source>
        <translation>Issued {0}: {1} copies ({2}); file: {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="447" />
        <source>；其中 {0} 份此前已签发，按原文号重印</source>
        <translation>; {0} of them issued before, reprinted under their numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="449" />
        <source>；另存每人一个文件 {0} 个</source>
        <translation>; also {0} files, one per person</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="457" />
        <source>签发文书</source>
        <translation>Issue letters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="469" />
        <source>请先在已签发文书中选择一份</source>
        <translation>First choose one of the issued letters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="474" />
        <source>重印-{0}</source>
        <translation>reprint-{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="482" />
        <source>与签发时完全一致</source>
        <translation>identical to the original</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="482" />
        <source>与签发时不一致</source>
        <translation>differs from the original</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="483" />
        <source>已重印 {0}（{1}份，{2}）：{3}</source>
        <translation>Reprinted {0} ({1} copies, {2}): {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="515" />
        <source>已送打印机：{0} 页</source>
        <translation>Sent to the printer: {0} pages</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="520" />
        <source>无法用系统程序打开：{0}</source>
        <translation>Cannot open in the system viewer: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="525" />
        <source>文书设置已保存</source>
        <translation>Letter settings saved</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/gui/login.py" line="37" />
        <source>已锁定 — 见义勇为工作台</source>
        <translation>Locked — Yiyong</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="37" />
        <source>登录 — 见义勇为工作台</source>
        <translation>Log in — Yiyong</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="40" />
        <source>窗口因长时间未操作已锁定，请重新输入密码。</source>
        <translation>The window locked after a long idle time; enter your password again.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="41" />
        <source>请登录后使用。账户由管理员在“设置 → 用户账户”中建立。</source>
        <translation>Please log in. Accounts are created by an administrator under “Settings → User accounts”.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="50" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="51" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="59" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="59" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="61" />
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="72" />
        <source>请输入用户名</source>
        <translation>Enter your user name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/login.py" line="77" />
        <source>窗口由“{0}”锁定，只能由本人或管理员解锁</source>
        <translation>The window was locked by “{0}”; only they or an administrator can unlock it</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="34" />
        <source>见义勇为工作台</source>
        <translation>Yiyong — Bravery Recognition Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="75" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="77" />
        <source>新增记录</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="78" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="79" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="80" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="84" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="87" />
        <source>页面(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="96" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="97" />
        <location filename="../../desktop/gui/main_window.py" line="196" />
        <source>使用说明</source>
        <translation>How to use</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="98" />
        <location filename="../../desktop/gui/main_window.py" line="203" />
        <source>关于见义勇为工作台</source>
        <translation>About Yiyong</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="111" />
        <source>未设置单位</source>
        <translation>No office set</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="114" />
        <source>今天：{0}</source>
        <translation>Today: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="115" />
        <source>操作人：{0}</source>
        <translation>User: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="176" />
        <source>此页面不能新增记录</source>
        <translation>This page has no records to add</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="186" />
        <source>没有需要保存的内容</source>
        <translation>Nothing to save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="197" />
        <source>左侧选择工作页面。
Ctrl+N 新增记录，Ctrl+S 保存，Ctrl+F 查找，F5 刷新，Alt+数字 切换页面。
表格中双击或按回车打开记录；右键单击表头可选择显示的列。
搜索框可输入姓名、拼音首字母（如 zs）、证件号码或其末几位。</source>
        <translation>Choose a page on the left.
Ctrl+N new record, Ctrl+S save, Ctrl+F find, F5 refresh, Alt+number switch page.
Double-click or press Enter in a table to open a record; right-click a table header to choose columns.
Search by name, pinyin initials (e.g. zs), ID number or its last digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="204" />
        <source>见义勇为工作台 {0}
供县（市、区）见义勇为工作部门离线使用。</source>
        <translation>Yiyong {0}
An offline desk for county offices that recognise and look after citizens who acted bravely.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/daily_backup.py" line="37" />
        <source>正在进行每日自动备份，可照常工作</source>
        <translation>Taking the daily backup; you can go on working</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/daily_backup.py" line="66" />
        <source>今天的自动备份已完成</source>
        <translation>Today's backup is done</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/daily_backup.py" line="70" />
        <source>今天的自动备份未完成：{0}。请检查磁盘空间，或在“账户与备份”中手动备份。</source>
        <translation>Today's backup did not finish: {0}. Check the disk space, or back up by hand under Accounts and backups.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/daily_backup.py" line="73" />
        <source>每日自动备份</source>
        <translation>Daily backup</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="29" />
        <source>新增用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="40" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="41" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="42" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="43" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/accounts_widget.py" line="44" />
        <source>再输入一次</source>
        <translation>Repeat</translation>
    </message>
</context>
<context>
    <name>NominateTab</name>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="83" />
        <source>推荐至</source>
        <translation>Nominate to</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="91" />
        <source>推荐单位意见</source>
        <translation>Nominating office's opinion</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="94" />
        <source>如：事迹突出，同意推荐</source>
        <translation>e.g. An outstanding deed; nomination agreed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="96" />
        <source>推荐</source>
        <translation>Nominate</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="96" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="96" />
        <source>外来务工</source>
        <translation>Migrant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="97" />
        <source>伤亡情况</source>
        <translation>Casualties</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="97" />
        <source>事迹</source>
        <translation>Deeds</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="97" />
        <source>确认文号</source>
        <translation>Confirmation number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="98" />
        <source>已推荐至</source>
        <translation>Already nominated to</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="99" />
        <source>生成推荐表…</source>
        <translation>Make nomination forms…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="101" />
        <source>为勾选的人员各生成一份编号的《见义勇为人员推荐表》（一个PDF文件）</source>
        <translation>Make a numbered nomination form for each ticked person (one PDF file)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="103" />
        <source>打开推荐表</source>
        <translation>Open the nomination forms</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="107" />
        <source>导出数据包报送上级…</source>
        <translation>Export a package for the office above…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="109" />
        <source>推荐表和被推荐人员的档案随数据包报送所选上级单位（存入U盘带去）</source>
        <translation>The nomination forms and the nominees' records go to the chosen office above in a package (carry it on a USB stick)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="118" />
        <source>已确认为见义勇为的人员（勾选要推荐的人员）：</source>
        <translation>People confirmed as having acted bravely (tick those to nominate):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="125" />
        <source>本单位是省级单位，没有可推荐的上级单位。</source>
        <translation>This is a provincial office: there is no office above to nominate to.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="128" />
        <source>读取可推荐的人员</source>
        <translation>Reading the people who can be nominated</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="149" />
        <source>请先在“推荐”列勾选要推荐的人员。</source>
        <translation>First tick the people to nominate in the “Nominate” column.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="151" />
        <source>保存推荐表</source>
        <translation>Save the nomination forms</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="151" />
        <source>见义勇为人员推荐表</source>
        <translation>Nomination form</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="156" />
        <source>生成推荐表</source>
        <translation>Making nomination forms</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="165" />
        <source>已生成 {0} 份推荐表（{1}），保存为 {2}。请点“导出数据包报送上级”，把推荐材料带给{3}。</source>
        <translation>Made {0} nomination forms ({1}), saved as {2}. Click “Export a package for the office above” and take the nomination to {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="176" />
        <source>选择导出到的文件夹（如U盘）</source>
        <translation>Choose the folder to export to (e.g. a USB stick)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="180" />
        <source>导出数据包</source>
        <translation>Export package</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="182" />
        <source>已导出数据包 {0}（发往{1}：{2}）。</source>
        <translation>Exported package {0} (to {1}: {2}).</translation>
    </message>
</context>
<context>
    <name>NominationsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="312" />
        <source>推荐与代印</source>
        <translation>Nominations &amp; printing for others</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="319" />
        <source>推荐上报</source>
        <translation>Nominate upward</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="320" />
        <source>收到的推荐</source>
        <translation>Nominations received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="321" />
        <source>代印上级表彰</source>
        <translation>Print a higher office's batch</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="57" />
        <source>设置本单位信息</source>
        <translation>Set up this office</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="59" />
        <source>欢迎使用见义勇为工作台。首次使用前，请选择本单位所在的行政区划并填写单位名称。区划代码将写入本单位登记的每一条记录，用于与市、省两级交换数据。</source>
        <translation>Welcome. Before first use, choose the division of this office and enter its name. The division code is written into every record this office keeps and is used to exchange data with the city and province.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="35" />
        <source>输入区划名称或代码，如 上城区 或 330102</source>
        <translation>Type a division name or code, e.g. 上城区 or 330102</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="65" />
        <source>如：杭州市公安局上城区分局</source>
        <translation>e.g. 杭州市公安局上城区分局</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="79" />
        <source>行政区划 *</source>
        <translation>Division *</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="80" />
        <source>单位名称 *</source>
        <translation>Office name *</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="83" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="84" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="100" />
        <source>请选择本单位所在的行政区划</source>
        <translation>Please choose the division of this office</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="46" />
        <source>第 1 步（共 4 步）：本单位</source>
        <translation>Step 1 of 4: this office</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="47" />
        <source>请选择本单位所在的行政区划并填写单位名称。区划代码将写入本单位登记的每一条记录，用于与市、省两级交换数据，设置后不宜更改。</source>
        <translation>Choose this office's division and enter its name. The division code goes into every record and is used for exchange with the city and province; keep it unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="54" />
        <source>如：杭州市上城区见义勇为协会</source>
        <translation>e.g. 杭州市上城区见义勇为协会</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="62" />
        <source>行政区划 *</source>
        <translation>Division *</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="63" />
        <source>单位名称 *</source>
        <translation>Office name *</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="72" />
        <source>如：{0}见义勇为协会</source>
        <translation>e.g. {0}见义勇为协会</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="80" />
        <source>请选择本单位所在的行政区划</source>
        <translation>Please choose the division of this office</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="86" />
        <source>区划代码 {0} 不是省、市或县级单位</source>
        <translation>Division code {0} is not a province, city or county</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard.py" line="88" />
        <source>单位名称不能为空</source>
        <translation>The office name is required</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="23" />
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="24" />
        <source>人员台账</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="25" />
        <source>事迹与确认</source>
        <translation>Deeds &amp; confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="26" />
        <source>表彰奖励</source>
        <translation>Commendations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="27" />
        <source>优抚保障</source>
        <translation>Guarantees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="28" />
        <source>走访慰问</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="29" />
        <source>宣传报道</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="30" />
        <source>文书打印</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="31" />
        <source>推荐与代印</source>
        <translation>Nominations &amp; printing for others</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="32" />
        <source>数据交换</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="33" />
        <source>统计分析</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="34" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="13" />
        <source>人员台账</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="17" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="18" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="19" />
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="20" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="21" />
        <source>人员状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="22" />
        <source>外来务工</source>
        <translation>Migrant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="23" />
        <source>户籍地</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="24" />
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="25" />
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="26" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="27" />
        <source>银行账号</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="28" />
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="30" />
        <source>不公开身份</source>
        <translation>Do not publicise</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="31" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="34" />
        <source>状态</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="35" />
        <source>务工情况</source>
        <translation>migrant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="35" />
        <source>外来务工人员</source>
        <translation>Migrant workers</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="36" />
        <source>事迹年度</source>
        <translation>deed year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="37" />
        <source>事迹发生地</source>
        <translation>deed place</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="38" />
        <source>本人结果</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="41" />
        <source>姓名、拼音首字母、证件号码</source>
        <translation>Name, pinyin initials, ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="44" />
        <source>导入台账…</source>
        <translation>Import ledger…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/people.py" line="45" />
        <source>从 Excel/CSV 台账导入人员和事迹：先预览、逐行检查，确认后一次写入</source>
        <translation>Import people and deeds from an Excel/CSV ledger: preview and check row by row, then write all at once</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="48" />
        <source>新增见义勇为人员</source>
        <translation>New hero</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="49" />
        <source>编辑人员：{0}</source>
        <translation>Edit person: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="68" />
        <source>家庭成员</source>
        <translation>Family member</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="71" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="71" />
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="71" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="72" />
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="72" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="73" />
        <source>被抚养人</source>
        <translation>Dependant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="78" />
        <source>添加家庭成员…</source>
        <translation>Add family member…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="81" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="89" />
        <source>附件（扫描件、照片，可拖放到此窗口）</source>
        <translation>Attachments (scans, photos; drop them on this window)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="97" />
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="99" />
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="107" />
        <source>保存人员后即可添加家庭成员和附件。</source>
        <translation>Save the person to add family members and attachments.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="132" />
        <source>出生日期与证件号码中的 {0} 不一致，请核对</source>
        <translation>The birth date differs from {0} in the ID number; please check</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="157" />
        <source>出生日期 {0}</source>
        <translation>birth date {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="160" />
        <source>性别 {0}</source>
        <translation>gender {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="166" />
        <source>已根据证件号码填写：</source>
        <translation>Filled in from the ID number: </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="243" />
        <source>删除家庭成员</source>
        <translation>Delete family member</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="244" />
        <source>确定删除家庭成员“{0}”？</source>
        <translation>Delete the family member “{0}”?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="249" />
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="256" />
        <source>请先保存人员，再添加附件</source>
        <translation>Save the person before adding attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="270" />
        <source>选择附件</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="271" />
        <source>扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp);;所有文件 (*)</source>
        <translation>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="289" />
        <source>无法打开附件</source>
        <translation>Cannot open the attachment</translation>
    </message>
</context>
<context>
    <name>PersonOutcomes</name>
    <message>
        <location filename="../../desktop/gui/forms/person_outcomes.py" line="46" />
        <source>逐人决定</source>
        <translation>Decide person by person</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_outcomes.py" line="52" />
        <source>{0}（第{1}位当事人）</source>
        <translation>{0} (person {1} of the case)</translation>
    </message>
</context>
<context>
    <name>PersonOwnedDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="41" />
        <location filename="../../desktop/gui/forms/records.py" line="65" />
        <source>请先选择人员</source>
        <translation>Choose a person first</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="55" />
        <source>人员：{0}</source>
        <translation>Person: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="72" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="72" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="49" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="51" />
        <source>编辑人员信息（Ctrl+E）</source>
        <translation>Edit person (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="54" />
        <source>新增…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="56" />
        <location filename="../../desktop/gui/forms/person_page.py" line="77" />
        <source>见义勇为事迹</source>
        <translation>Deeds</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="56" />
        <source>优抚保障事项</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="57" />
        <source>走访慰问记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="57" />
        <location filename="../../desktop/gui/forms/person_page.py" line="97" />
        <source>宣传报道</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="58" />
        <location filename="../../desktop/gui/forms/person_page.py" line="91" />
        <source>家庭成员</source>
        <translation>Family member</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="78" />
        <source>发生日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="78" />
        <location filename="../../desktop/gui/forms/person_page.py" line="81" />
        <source>事迹</source>
        <translation>Deeds</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="79" />
        <source>本人结果</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="79" />
        <source>确认情况</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="80" />
        <source>行为确认</source>
        <translation>Confirmation cases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="81" />
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="82" />
        <location filename="../../desktop/gui/forms/person_page.py" line="89" />
        <location filename="../../desktop/gui/forms/person_page.py" line="186" />
        <source>状态</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="82" />
        <source>决定文号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="83" />
        <source>表彰奖励</source>
        <translation>Commendations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="84" />
        <source>表彰批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="86" />
        <source>荣誉称号</source>
        <translation>Honour</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="86" />
        <location filename="../../desktop/gui/forms/person_page.py" line="90" />
        <location filename="../../desktop/gui/forms/person_page.py" line="96" />
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="87" />
        <source>发放</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="88" />
        <source>优抚保障</source>
        <translation>Guarantees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="89" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="90" />
        <source>下次办理期限</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="92" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="92" />
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="93" />
        <location filename="../../desktop/gui/forms/person_page.py" line="136" />
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="93" />
        <source>被抚养人</source>
        <translation>Dependant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="94" />
        <source>走访慰问</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="95" />
        <location filename="../../desktop/gui/forms/person_page.py" line="98" />
        <location filename="../../desktop/gui/forms/person_page.py" line="100" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="95" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="96" />
        <source>走访单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="98" />
        <source>媒体</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="98" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="99" />
        <source>已开具文书</source>
        <translation>Letters issued</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="100" />
        <source>文书</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="100" />
        <source>文号/编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="136" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="137" />
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="138" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="139" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="139" />
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="140" />
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="140" />
        <source>户籍地</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="141" />
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="142" />
        <source>外来务工人员</source>
        <translation>Migrant workers</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="142" />
        <location filename="../../desktop/gui/forms/person_page.py" line="143" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="143" />
        <source>不公开身份</source>
        <translation>Do not publicise</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="155" />
        <source>未申请</source>
        <translation>Not applied for</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="173" />
        <source>家属保障清单</source>
        <translation>Family support checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="178" />
        <source>打印清单…</source>
        <translation>Print checklist…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="186" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="187" />
        <source>涉及亲属</source>
        <translation>Relative concerned</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="187" />
        <source>办理情况</source>
        <translation>progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="203" />
        <source>全部落实</source>
        <translation>All done</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="204" />
        <source>共 {0} 项，已办结 {1} 项，红色为待办</source>
        <translation>{0} items, {1} done; red ones are still to do</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="213" />
        <source>保存保障清单</source>
        <translation>Save the support checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="219" />
        <source>打印清单</source>
        <translation>Print checklist</translation>
    </message>
</context>
<context>
    <name>PersonPageDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="247" />
        <source>人员档案：{0}</source>
        <translation>Person file: {0}</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop/gui/forms/picker.py" line="27" />
        <source>输入姓名、拼音首字母或证件号码查找人员，回车选中</source>
        <translation>Type a name, pinyin initials or ID number; Enter picks the person</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/picker.py" line="70" />
        <source>没有找到“{0}”，可点击“新建人员”登记</source>
        <translation>“{0}” not found; click “New person…” to register them</translation>
    </message>
</context>
<context>
    <name>PrintForTab</name>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="220" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="220" />
        <source>表彰批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="220" />
        <source>表彰机关</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="221" />
        <source>表彰文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="221" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="221" />
        <source>其中牺牲</source>
        <translation>Of whom died</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="222" />
        <source>已代印份数</source>
        <translation>Copies printed on its behalf</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="229" />
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="231" />
        <source>默认只印本单位登记的人员（其他人员由其所在单位代印）；表彰名单总是全部</source>
        <translation>By default only the people this office registered are printed (their own offices print the others); the roster always lists everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="232" />
        <source>代为打印…</source>
        <translation>Print on its behalf…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="234" />
        <source>以表彰机关的名义和编号打印，登记为本单位代印</source>
        <translation>Printed in the commending body's name and number, registered as printed by this office on its behalf</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="237" />
        <location filename="../../desktop/gui/pages/nominations.py" line="243" />
        <source>文书</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="243" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="243" />
        <source>对象</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="244" />
        <source>代印日期</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="244" />
        <source>为哪个单位代印</source>
        <translation>Printed on behalf of</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="246" />
        <source>上级单位下发的表彰批次（随数据包收到）：</source>
        <translation>Commendation batches sent down by higher offices (received by package):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="250" />
        <source>本批次已代印的文书：</source>
        <translation>Documents of this batch printed on its behalf:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="254" />
        <source>读取上级表彰批次</source>
        <translation>Reading the higher offices' batches</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="263" />
        <source>还没有收到上级单位的表彰批次。省、市表彰后，其表彰批次随数据包下发，导入后在此代为打印。</source>
        <translation>No batch from a higher office yet. When the province or city commends, its batch comes down by package; after importing it, print it here on its behalf.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="276" />
        <source>读取代印登记</source>
        <translation>Reading the register of documents printed on others' behalf</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="286" />
        <source>请先在上方选中一个表彰批次。</source>
        <translation>First choose a batch above.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="290" />
        <source>保存代印文书</source>
        <translation>Save the documents printed on its behalf</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="294" />
        <source>代为打印</source>
        <translation>Printing on its behalf</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="299" />
        <source>已以“{0}”的名义代印{1} {2} 份（{3}），保存为 {4}；已登记为代{5}印制。</source>
        <translation>Printed {2} {1} in the name of “{0}” ({3}), saved as {4}; registered as printed on behalf of {5}.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/gui/printing.py" line="136" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="190" />
        <location filename="../../desktop/gui/printing.py" line="224" />
        <source>尚无预览</source>
        <translation>No preview yet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="200" />
        <source>第 </source>
        <translation>Page </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="43" />
        <source>缺少 PDF 显示组件（PySide6-Pdf），无法预览或打印，请用“用系统程序打开”</source>
        <translation>The PDF component (PySide6-Pdf) is missing, so there is no preview or printing; use “Open in system viewer”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="149" />
        <source>打印预览 — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="102" />
        <source>无法开始打印：打印机“{0}”不可用</source>
        <translation>Cannot print: printer “{0}” is unavailable</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="159" />
        <source>文件不存在：{0}</source>
        <translation>File not found: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="218" />
        <source>页，共 {0} 页</source>
        <translation> of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="48" />
        <source>无法打开 PDF 文件：{0}</source>
        <translation>Cannot open the PDF file: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="66" />
        <source>第 {0} 页无法显示</source>
        <translation>Page {0} cannot be shown</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/printing.py" line="122" />
        <source>找不到打印机“{0}”</source>
        <translation>Printer “{0}” not found</translation>
    </message>
</context>
<context>
    <name>PublicityDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="194" />
        <source>宣传报道</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="206" />
        <source>　事迹：{0}</source>
        <translation>  Deed: {0}</translation>
    </message>
</context>
<context>
    <name>PublicityPage</name>
    <message>
        <location filename="../../desktop/gui/pages/publicity.py" line="11" />
        <source>宣传报道</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/publicity.py" line="15" />
        <source>发布日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/publicity.py" line="16" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/publicity.py" line="17" />
        <location filename="../../desktop/gui/pages/publicity.py" line="25" />
        <source>媒体类型</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/publicity.py" line="18" />
        <source>媒体名称</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/publicity.py" line="19" />
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/publicity.py" line="20" />
        <source>事迹</source>
        <translation>Deeds</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/publicity.py" line="21" />
        <source>链接或版面</source>
        <translation>Link or page</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/publicity.py" line="24" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/publicity.py" line="28" />
        <source>搜索：标题、媒体名称、人员姓名或事迹</source>
        <translation>Search: title, outlet, person or deed</translation>
    </message>
</context>
<context>
    <name>ReceivedTab</name>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="194" />
        <source>推荐表编号</source>
        <translation>Nomination form number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="194" />
        <source>推荐单位</source>
        <translation>Nominating office</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="194" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="195" />
        <source>外来务工</source>
        <translation>Migrant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="195" />
        <source>伤亡情况</source>
        <translation>Casualties</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="195" />
        <source>推荐意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="201" />
        <source>读取收到的推荐</source>
        <translation>Reading the nominations received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="208" />
        <source>收到 {0} 个单位推荐的 {1} 人，其中外来务工人员 {2} 人。</source>
        <translation>{1} people nominated by {0} offices, of whom {2} are migrant workers.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/nominations.py" line="210" />
        <source>还没有收到下级单位的推荐。下级单位的推荐表随其数据包导入后在此列出。</source>
        <translation>No nominations from offices below yet. Their nomination forms are listed here once their package is imported.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="35" />
        <location filename="../../desktop/gui/forms/base.py" line="79" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="83" />
        <location filename="../../desktop/gui/forms/base.py" line="209" />
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="84" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="261" />
        <source>未保存：{0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="32" />
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="33" />
        <source>本记录有尚未保存的修改，是否保存？</source>
        <translation>This record has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="36" />
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="37" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="45" />
        <source>记录已被修改</source>
        <translation>Record changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="46" />
        <source>{0}
是否重新载入最新内容？（您本次的修改将被放弃）</source>
        <translation>{0}
Reload the latest version? (Your changes will be discarded)</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="118" />
        <source>搜索：姓名、拼音首字母、证件号码或关键词</source>
        <translation>Search: name, pinyin initials, ID number or keyword</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="127" />
        <source>全部{0}</source>
        <translation>All: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="145" />
        <location filename="../../desktop/gui/pages/common.py" line="213" />
        <source>导出Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="146" />
        <source>把当前筛选、排序后的全部行导出为 Excel 文件</source>
        <translation>Export every row, as filtered and sorted, to an Excel file</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="149" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="150" />
        <source>新增记录（Ctrl+N）</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="214" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="245" />
        <source>导出完成</source>
        <translation>Export done</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="245" />
        <source>已导出 {0} 行到：
{1}</source>
        <translation>Exported {0} rows to:
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="247" />
        <source>正在导出Excel</source>
        <translation>Exporting to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="279" />
        <source>查询中……</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="280" />
        <source>正在查询</source>
        <translation>Searching</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="285" />
        <source>查询出错</source>
        <translation>Search failed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="290" />
        <source>共 {0} 条</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="365" />
        <source>显示的列</source>
        <translation>Columns shown</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="373" />
        <source>恢复默认列</source>
        <translation>Default columns</translation>
    </message>
</context>
<context>
    <name>RollTable</name>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="20" />
        <source>新增奖励</source>
        <translation>New award</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/awards.py" line="20" />
        <source>请先在上方选中一个表彰批次。</source>
        <translation>First choose a batch above.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="29" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="32" />
        <source>本单位</source>
        <translation>This office</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="39" />
        <source>区划代码：</source>
        <translation>Division code:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="40" />
        <source>所属区划：</source>
        <translation>Division:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="41" />
        <source>单位名称：</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="42" />
        <source>单位级别：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="43" />
        <source>修改单位信息…</source>
        <translation>Change office…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="47" />
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="53" />
        <source>更改语言后，重新启动程序生效。</source>
        <translation>A new language takes effect when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="58" />
        <source>界面语言：</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="61" />
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="62" />
        <source>不锁定</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="63" />
        <source>无操作自动锁定：</source>
        <translation>Lock when idle:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="67" />
        <source> 行</source>
        <translation> rows</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="68" />
        <source>表格每次读取：</source>
        <translation>Rows read at a time:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="69" />
        <source>在表格中显示完整的证件号码、电话和银行账号</source>
        <translation>Show full ID numbers, phones and bank accounts in tables</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="72" />
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="78" />
        <source>保存设置（Ctrl+S）</source>
        <translation>Save settings (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="108" />
        <source>账户与权限</source>
        <translation>Accounts and permissions</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="112" />
        <source>只有管理员可以管理账户。</source>
        <translation>Only administrators can manage accounts.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="123" />
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="137" />
        <source>当前用户的角色无权查看完整的个人信息</source>
        <translation>The current user's role may not see full personal details</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="150" />
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="152" />
        <source>界面语言将在重新启动程序后生效。</source>
        <translation> The language changes when the program is restarted.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="84" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="105" />
        <location filename="../../desktop/gui/pages/stats.py" line="181" />
        <source>统计分析</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="118" />
        <source>全部地区</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="126" />
        <source>统计</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="130" />
        <source>导出Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="132" />
        <source>打印PDF</source>
        <translation>Print PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="165" />
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="201" />
        <source>各年度表彰人次、外来务工人员与奖励金额</source>
        <translation>Commendations, migrant workers and award amounts by year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="203" />
        <source>见义勇为人员（人）</source>
        <translation>Heroes (people)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="204" />
        <source>表彰奖励（人次）</source>
        <translation>Commendations (times)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="205" />
        <source>其中外来务工人员（表彰人次）</source>
        <translation>of which migrant workers (times)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="212" />
        <source>奖励金额（万元）</source>
        <translation>Awards (10,000 CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="249" />
        <source>人 / 人次</source>
        <translation>People / times</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="255" />
        <source>万元</source>
        <translation>10,000 CNY</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="109" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="116" />
        <source>地区</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="158" />
        <source>提示：单击表中的数字可查看对应的记录明细。</source>
        <translation>Tip: click a number in a table to see the records behind it.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="312" />
        <location filename="../../desktop/gui/pages/stats.py" line="315" />
        <location filename="../../desktop/gui/pages/stats.py" line="323" />
        <source>导出统计表</source>
        <translation>Export tables</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="312" />
        <source>统计还没有算完，请稍候再导出</source>
        <translation>The statistics are still being counted; export them in a moment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="328" />
        <source>打印为PDF</source>
        <translation>Print to PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="368" />
        <source>按年度</source>
        <translation>By year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="368" />
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="368" />
        <source>按县（市、区）</source>
        <translation>By county</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="369" />
        <source>伤亡情况</source>
        <translation>Casualties</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="369" />
        <source>表彰奖励</source>
        <translation>Commendations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="369" />
        <source>优抚保障</source>
        <translation>Guarantees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="370" />
        <source>确认案件</source>
        <translation>Confirmation cases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="370" />
        <source>走访慰问</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="370" />
        <source>基金收支</source>
        <translation>Fund income and spending</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="371" />
        <source>保障事项分县</source>
        <translation>Support items by county</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="57" />
        <source>统计明细：{0}</source>
        <translation>Records: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="61" />
        <source>共 {0} 条（显示前 {1} 条），双击打开记录</source>
        <translation>{0} rows (the first {1} shown); double-click to open a record</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="62" />
        <source>共 {0} 条，双击打开记录</source>
        <translation>{0} rows; double-click to open a record</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="315" />
        <location filename="../../desktop/gui/pages/stats.py" line="328" />
        <source>见义勇为统计表</source>
        <translation>Yiyong statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="288" />
        <source>单击查看：</source>
        <translation>Click to see: </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/stats.py" line="179" />
        <source>正在统计</source>
        <translation>Counting</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../desktop/gui/workers.py" line="82" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/workers.py" line="106" />
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/workers.py" line="183" />
        <source>程序内部出错，“{0}”未完成。
已记录到日志文件：{1}
请把这个文件交给技术支持人员。</source>
        <translation>An internal error stopped “{0}”.
It was written to the log file: {1}
Please give this file to technical support.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop/gui/template_editor.py" line="38" />
        <source>文书模板编辑</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/template_editor.py" line="59" />
        <source>可用字段：</source>
        <translation>Fields:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/template_editor.py" line="84" />
        <source>保存（提高版本号）</source>
        <translation>Save (new version)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/template_editor.py" line="86" />
        <location filename="../../desktop/gui/template_editor.py" line="139" />
        <source>恢复为系统模板</source>
        <translation>Revert to system template</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/template_editor.py" line="88" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/template_editor.py" line="92" />
        <source>文书种类：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/template_editor.py" line="122" />
        <source>版本 {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/template_editor.py" line="123" />
        <source>本单位模板：{0}</source>
        <translation>This office's template: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/template_editor.py" line="124" />
        <source>系统模板（保存后成为本单位模板）</source>
        <translation>System template (saving makes it this office's)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/template_editor.py" line="132" />
        <source>保存模板</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/template_editor.py" line="135" />
        <source>已保存，版本 {0}：{1}</source>
        <translation>Saved, version {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/template_editor.py" line="140" />
        <source>删除本单位的“{0}”模板，改用系统模板？已签发的文书重印时不受影响。</source>
        <translation>Delete this office's “{0}” template and use the system one? Reprints of issued letters are not affected.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/template_editor.py" line="162" />
        <source>预览失败：{0}</source>
        <translation>Preview failed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/template_editor.py" line="169" />
        <source>预览已更新（示例数据或所选记录，未签发）</source>
        <translation>Preview updated (sample data or the chosen record; not issued)</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="174" />
        <source>走访慰问记录</source>
        <translation>Visits</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/visits.py" line="11" />
        <source>走访慰问</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits.py" line="15" />
        <source>走访日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits.py" line="16" />
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits.py" line="17" />
        <location filename="../../desktop/gui/pages/visits.py" line="25" />
        <source>走访类型</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits.py" line="18" />
        <source>走访单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits.py" line="19" />
        <source>走访人员</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits.py" line="20" />
        <source>慰问金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits.py" line="21" />
        <source>情况记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits.py" line="24" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits.py" line="28" />
        <source>搜索：人员姓名、拼音首字母、走访单位或走访人员</source>
        <translation>Search: name, pinyin initials, unit or visitors</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../desktop/gui/forms/__init__.py" line="67" />
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/__init__.py" line="77" />
        <source>无法新建</source>
        <translation>Cannot create</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/lists.py" line="17" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
</TS>