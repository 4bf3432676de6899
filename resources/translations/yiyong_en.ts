<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="44" />
        <source>导出数据包…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="44" />
        <source>导入数据包…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="45" />
        <source>导出本单位公钥…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="45" />
        <source>导入对方公钥…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="58" />
        <source>数据包历史</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="61" />
        <source>同一记录在两个单位都被修改过：两个版本都已保留，请双击逐项合并。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="63" />
        <source>逐项合并…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="66" />
        <location filename="../../desktop/gui/pages/exchange.py" line="107" />
        <source>待合并冲突</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="69" />
        <source>同一身份证号被两处分别登记为两个人员：选择保留哪一条，另一条的事迹、奖励等将转到保留的记录上。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="72" />
        <source>保留第一条并合并</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="72" />
        <source>保留第二条并合并</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="76" />
        <source>不是同一人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="81" />
        <location filename="../../desktop/gui/pages/exchange.py" line="216" />
        <source>疑似重复人员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="82" />
        <source>交换状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="93" />
        <source>本单位：{0} {1}　　公钥指纹（电话核对用）：{2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="98" />
        <source>方向</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="98" />
        <location filename="../../desktop/gui/pages/exchange.py" line="103" />
        <location filename="../../desktop/gui/pages/exchange.py" line="113" />
        <source>对方单位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="98" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="98" />
        <source>文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="98" />
        <source>时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="98" />
        <source>内容</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="98" />
        <source>状态</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="103" />
        <source>种类</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="103" />
        <source>记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="103" />
        <source>数据包</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="103" />
        <source>发现时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="106" />
        <source>待合并冲突（{0}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="109" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="109" />
        <source>第一条</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="109" />
        <source>第二条</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="113" />
        <source>尚未发送</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="113" />
        <source>已发送待确认</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="113" />
        <source>对方已确认收到</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="113" />
        <source>最近发出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="114" />
        <source>最近收到</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="119" />
        <source>数据交换</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="127" />
        <source>正在导出数据包</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="135" />
        <source>没有新的变更</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="136" />
        <source>导出完成</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="136" />
        <source>已写出数据包：
{0}

内容：{1}
请将此文件交给单位 {2}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="142" />
        <source>选择收到的数据包</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="143" />
        <source>见义勇为数据包 (*.yyp);;所有文件 (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="152" />
        <source>口令</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="152" />
        <source>此数据包用口令加密，请输入对方告知的口令：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="159" />
        <source>正在校验数据包</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="170" />
        <source>正在导入数据包</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="176" />
        <source>导入完成：新增 {0}，更新 {1}，删除 {2}，无变化 {3}，冲突 {4}，跳过 {5}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="179" />
        <source>有冲突的记录两个版本都已保留，请在“待合并冲突”中逐项合并。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="181" />
        <source>发现 {0} 处疑似同一人被重复登记，请在“疑似重复人员”中处理。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="183" />
        <source>注意：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="184" />
        <source>导入完成</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="201" />
        <source>合并冲突</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="201" />
        <source>请先选择一条冲突</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="216" />
        <source>请先选择一行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="225" />
        <source>合并人员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="225" />
        <source>保留“{0}”（{1} 登记），把另一条记录的事迹、奖励、保障等转过来并删除它？</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="243" />
        <source>保存本单位公钥</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="244" />
        <location filename="../../desktop/gui/pages/exchange.py" line="255" />
        <source>公钥文件 (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="249" />
        <source>公钥已导出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="249" />
        <source>已写出：{0}
指纹：{1}
请把文件带给对方单位，并在电话中核对指纹。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="255" />
        <source>选择对方单位的公钥文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="260" />
        <source>
注意：这将替换原登记的公钥（原指纹 {0}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="261" />
        <source>信任对方单位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/exchange.py" line="261" />
        <source>单位：{0} {1}
指纹：{2}{3}

请与对方电话核对指纹，一致后再信任。是否信任？</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="43" />
        <source>办理：{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="45" />
        <source>案件当前状态：{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="86" />
        <source>确定执行“{0}”？</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="95" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="130" />
        <source>未办理：{0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/gui/app.py" line="93" />
        <source>见义勇为工作台</source>
        <translation>Yiyong — Bravery Recognition Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/app.py" line="138" />
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="181" />
        <source>表彰奖励</source>
        <translation>Commendations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="199" />
        <source>　表彰批次：{0}</source>
        <translation type="unfinished" />
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
        <location filename="../../desktop/gui/forms/records.py" line="218" />
        <source>新增表彰批次</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="218" />
        <source>表彰批次：{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="226" />
        <source>表彰名单</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="229" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="229" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="229" />
        <source>荣誉称号</source>
        <translation>Honour</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="230" />
        <source>记功</source>
        <translation>Merit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="230" />
        <source>奖励金额（元）</source>
        <translation>Award (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="231" />
        <source>发放状态</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="231" />
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="240" />
        <source>添加人员到本批次：输入姓名、拼音首字母或证件号码，回车选中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="243" />
        <location filename="../../desktop/gui/forms/records.py" line="291" />
        <source>移出名单</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="253" />
        <source>共 {0} 人，奖励金额合计 {1} 元</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="267" />
        <source>表彰批次已保存，可在下方添加受表彰人员。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="292" />
        <source>确定将“{0}”移出本批次？</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="297" />
        <source>不能移出</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="382" />
        <location filename="../../desktop/gui/forms/case.py" line="389" />
        <source>事迹：{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="389" />
        <location filename="../../desktop/gui/forms/case.py" line="393" />
        <source>请先选择事迹</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="397" />
        <source>登记见义勇为确认申请</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="397" />
        <source>编辑案件登记信息</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="163" />
        <source>事迹与人员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="169" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="169" />
        <source>本人结果</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="175" />
        <source>打开事迹</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="177" />
        <source>编辑登记信息…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="185" />
        <source>法定期限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="190" />
        <source>办理情况</source>
        <translation>progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="194" />
        <source>可以办理的操作</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="201" />
        <source>办理记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="203" />
        <source>时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="204" />
        <source>操作</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="204" />
        <source>办理后状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="205" />
        <source>经办人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="205" />
        <source>说明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="212" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="225" />
        <source>确认案件 {0}：{1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="228" />
        <source>{0}　{1}　{2}
{3}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="249" />
        <source>理由</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="250" />
        <source>公示开始</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="251" />
        <source>告知日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="252" />
        <source>复核申请日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="252" />
        <source>复核结果</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="253" />
        <source>复核决定日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="253" />
        <source>延期次数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="254" />
        <source>延期理由</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="277" />
        <source>暂无计时中的期限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="291" />
        <source>{0}：{1}（已完成）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="293" />
        <source>{0}：{1}（已超期 {2} 天）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="295" />
        <source>{0}：{1}（今天到期）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="296" />
        <source>{0}：{1}（还剩 {2} 天）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="250" />
        <location filename="../../desktop/gui/forms/case.py" line="301" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="301" />
        <source>申请人/举荐人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="302" />
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="248" />
        <location filename="../../desktop/gui/forms/case.py" line="302" />
        <source>受理日期</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="248" />
        <location filename="../../desktop/gui/forms/case.py" line="303" />
        <source>受理单位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="251" />
        <location filename="../../desktop/gui/forms/case.py" line="303" />
        <source>决定</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="249" />
        <location filename="../../desktop/gui/forms/case.py" line="304" />
        <source>决定文号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="249" />
        <location filename="../../desktop/gui/forms/case.py" line="304" />
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="250" />
        <location filename="../../desktop/gui/forms/case.py" line="305" />
        <source>送达日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="316" />
        <source>本案已办结，没有可办理的操作</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/case.py" line="323" />
        <source>
需要填写：{0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="23" />
        <source>新增确认案件</source>
        <translation>New confirmation case</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="24" />
        <source>请先在“事迹”页选中要申请确认的事迹，再新增确认案件。</source>
        <translation>First choose the deed on the Deeds tab, then add its confirmation case.</translation>
    </message>
</context>
<context>
    <name>DeedDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="37" />
        <source>登记见义勇为事迹</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="38" />
        <source>事迹：{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="45" />
        <source>见义勇为人员 *</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="65" />
        <source>新建人员…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="76" />
        <source>见义勇为行为确认</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="80" />
        <source>决定文号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="83" />
        <source>登记确认申请…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="96" />
        <source>“{0}”已在本事迹中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="106" />
        <source>新建人员（随事迹一并保存）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="116" />
        <source>（新建）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="128" />
        <source>如：主要施救人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="131" />
        <source>移除</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="162" />
        <source>事迹至少需要一名见义勇为人员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="165" />
        <source>请选择“{0}”的本人结果（未伤/受伤/致残/牺牲）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="221" />
        <source>事迹已保存。可点击“登记确认申请…”开始见义勇为行为确认。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/deed.py" line="236" />
        <source>请先保存事迹的修改，再登记确认申请</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeedPicker</name>
    <message>
        <location filename="../../desktop/gui/forms/picker.py" line="102" />
        <source>输入事迹标题、地点或人员姓名查找事迹，回车选中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/picker.py" line="112" />
        <source>没有找到“{0}”相关的事迹，请先登记事迹</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeedsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="36" />
        <source>发生日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="37" />
        <source>事迹标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="38" />
        <location filename="../../desktop/gui/pages/deeds.py" line="47" />
        <source>行为类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="39" />
        <source>见义勇为人员</source>
        <translation>Heroes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="40" />
        <location filename="../../desktop/gui/pages/deeds.py" line="48" />
        <location filename="../../desktop/gui/pages/deeds.py" line="72" />
        <source>发生地</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="41" />
        <source>发生地点</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="42" />
        <location filename="../../desktop/gui/pages/deeds.py" line="50" />
        <source>确认状态</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="43" />
        <source>接报警情编号</source>
        <translation>Police report no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="46" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="49" />
        <source>人员结果</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="51" />
        <source>事迹标题、地点、警情编号、人员姓名</source>
        <translation>Title, place, police report no., person's name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="55" />
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="56" />
        <location filename="../../desktop/gui/pages/deeds.py" line="79" />
        <source>事迹</source>
        <translation>Deeds</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="57" />
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="58" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="59" />
        <source>申请人/举荐人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="60" />
        <location filename="../../desktop/gui/pages/deeds.py" line="70" />
        <source>办理状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="61" />
        <source>期限倒计时</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="99" />
        <source>已超期{0}天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="101" />
        <source>今天到期</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="103" />
        <source>剩余{0}天</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="63" />
        <source>受理日期</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="64" />
        <location filename="../../desktop/gui/pages/deeds.py" line="73" />
        <source>确认结论</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="65" />
        <source>决定文号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="66" />
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="69" />
        <source>办理情况</source>
        <translation>progress</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="69" />
        <source>正在办理</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="71" />
        <source>收到年度</source>
        <translation>year received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="74" />
        <source>事迹标题、申请人、决定文号、人员姓名</source>
        <translation>Deed title, applicant, decision no., person's name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="80" />
        <source>确认案件</source>
        <translation>Confirmation cases</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="82" />
        <source>事迹与确认</source>
        <translation>Deeds &amp; confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/deeds.py" line="84" />
        <source>期限一栏：黄色为临近到期，红色为已超期。</source>
        <translation>Deadline column: amber when near, red when overdue.</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="92" />
        <source>家庭成员</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="48" />
        <source>表单</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="49" />
        <source>记录表单尚未就绪。</source>
        <translation>Record forms are not available yet.</translation>
    </message>
</context>
<context>
    <name>GuaranteeDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="109" />
        <source>优抚保障事项</source>
        <translation type="unfinished" />
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
        <location filename="../../desktop/gui/pages/guarantees.py" line="25" />
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="26" />
        <location filename="../../desktop/gui/pages/guarantees.py" line="38" />
        <source>保障类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="27" />
        <location filename="../../desktop/gui/pages/guarantees.py" line="40" />
        <source>责任部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="28" />
        <location filename="../../desktop/gui/pages/guarantees.py" line="39" />
        <source>办理状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="29" />
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="30" />
        <source>伤残等级</source>
        <translation>Disability grade</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="32" />
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="33" />
        <source>落实日期</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="34" />
        <source>下次办理期限</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="35" />
        <source>事项说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="41" />
        <source>申请年度</source>
        <translation>year applied</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/guarantees.py" line="44" />
        <source>搜索：人员姓名、拼音首字母、证件号码或事项说明</source>
        <translation>Search: name, pinyin initials, ID number or description</translation>
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
        <location filename="../../desktop/gui/pages/home.py" line="67" />
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="83" />
        <source>待办事项</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="85" />
        <source>红色为已超期，黄色为临近期限。单击一项打开对应记录。</source>
        <translation>Red: overdue; amber: deadline near. Click an entry to open its record.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="94" />
        <source>目前没有需要处理的事项。</source>
        <translation>Nothing needs doing now.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="132" />
        <source>今天：{0}</source>
        <translation>Today: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="135" />
        <source>正在读取待办事项</source>
        <translation>Reading the to-do list</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="143" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/home.py" line="166" />
        <source>单击打开记录</source>
        <translation>Click to open the record</translation>
    </message>
</context>
<context>
    <name>LetterSettingsDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="37" />
        <source>文书设置</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="41" />
        <source>例如 上公（发文字号：上公〔2026〕7号）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="43" />
        <source>红色版头文字；不填时用单位名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="45" />
        <source>落款单位；不填时用单位名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="50" />
        <source>证书只印文字（套打在预印的证书纸上）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="58" />
        <source> 毫米</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="61" />
        <source>决定书中的复核机关，例如 杭州市公安局</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="63" />
        <source>行政复议机关，例如 杭州市上城区人民政府</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="64" />
        <source>机关代字：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="65" />
        <source>发文机关标志：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="66" />
        <source>落款单位：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="67" />
        <source>日期格式：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="69" />
        <source>套打水平偏移（向右为正）：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="70" />
        <source>套打垂直偏移（向下为正）：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="71" />
        <source>复核机关：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="72" />
        <source>行政复议机关：</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="102" />
        <source>文书打印</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="106" />
        <source>制作文书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="113" />
        <source>致本人（嘉奖信）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="114" />
        <source>致所在单位（表彰信）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="115" />
        <source>整批（按名单顺序）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="118" />
        <source>搜索人员：姓名、拼音、身份证号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="126" />
        <source>文书种类：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="127" />
        <source>致送对象：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="128" />
        <source>表彰批次：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="130" />
        <source>人员：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="137" />
        <source>预览</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="139" />
        <source>签发（取文号）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="141" />
        <source>签发并每人一个文件…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="149" />
        <source>打印预览…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="151" />
        <source>打印…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="153" />
        <source>用系统程序打开</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="160" />
        <source>文书设置…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="162" />
        <source>编辑模板…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="175" />
        <source>已签发文书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="178" />
        <source>文号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="178" />
        <source>种类</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="178" />
        <source>对象</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="179" />
        <source>模板版本</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="179" />
        <source>签发日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="179" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="186" />
        <source>重印所选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="188" />
        <source>重印整批</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="268" />
        <source>请先选择表彰批次</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="273" />
        <source>请先在列表中选择人员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="288" />
        <source>选择文书种类和对象后点“预览”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="309" />
        <source>预览（尚未签发，文号待定）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="335" />
        <source>签发{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="339" />
        <source>每人一个文件：选择文件夹</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="349" />
        <source>已签发{0} {1} 份（{2}），文件：{3}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="351" />
        <source>；另存每人一个文件 {0} 个</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="359" />
        <source>签发文书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="370" />
        <source>请先在已签发文书中选择一份</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="382" />
        <source>与签发时完全一致</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="382" />
        <source>与签发时不一致</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="383" />
        <source>已重印 {0}（{1}份，{2}）：{3}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="415" />
        <source>已送打印机：{0} 页</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="420" />
        <source>无法用系统程序打开：{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters.py" line="425" />
        <source>文书设置已保存</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="23" />
        <source>见义勇为工作台</source>
        <translation>Yiyong — Bravery Recognition Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="56" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="57" />
        <source>新增记录</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="58" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="59" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="60" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="64" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="67" />
        <source>页面(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="76" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="77" />
        <location filename="../../desktop/gui/main_window.py" line="165" />
        <source>使用说明</source>
        <translation>How to use</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="78" />
        <location filename="../../desktop/gui/main_window.py" line="172" />
        <source>关于见义勇为工作台</source>
        <translation>About Yiyong</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="91" />
        <source>未设置单位</source>
        <translation>No office set</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="94" />
        <source>今天：{0}</source>
        <translation>Today: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="95" />
        <source>操作人：{0}</source>
        <translation>User: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="146" />
        <source>此页面不能新增记录</source>
        <translation>This page has no records to add</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="155" />
        <source>没有需要保存的内容</source>
        <translation>Nothing to save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="166" />
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
        <location filename="../../desktop/gui/main_window.py" line="173" />
        <source>见义勇为工作台 {0}
供县（市、区）见义勇为工作部门离线使用。</source>
        <translation>Yiyong {0}
An offline desk for county offices that recognise and look after citizens who acted bravely.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="28" />
        <source>设置本单位信息</source>
        <translation>Set up this office</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="30" />
        <source>欢迎使用见义勇为工作台。首次使用前，请选择本单位所在的行政区划并填写单位名称。区划代码将写入本单位登记的每一条记录，用于与市、省两级交换数据。</source>
        <translation>Welcome. Before first use, choose the division of this office and enter its name. The division code is written into every record this office keeps and is used to exchange data with the city and province.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="43" />
        <source>输入区划名称或代码，如 上城区 或 330102</source>
        <translation>Type a division name or code, e.g. 上城区 or 330102</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="45" />
        <source>如：杭州市公安局上城区分局</source>
        <translation>e.g. 杭州市公安局上城区分局</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="59" />
        <source>行政区划 *</source>
        <translation>Division *</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="60" />
        <source>单位名称 *</source>
        <translation>Office name *</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="63" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="64" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_run.py" line="88" />
        <source>请选择本单位所在的行政区划</source>
        <translation>Please choose the division of this office</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="24" />
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="25" />
        <source>人员台账</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="26" />
        <source>事迹与确认</source>
        <translation>Deeds &amp; confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="27" />
        <source>表彰奖励</source>
        <translation>Commendations</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="28" />
        <source>优抚保障</source>
        <translation>Guarantees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="29" />
        <source>走访慰问</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="30" />
        <source>宣传报道</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="31" />
        <source>文书打印</source>
        <translation>Letters</translation>
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
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="39" />
        <source>在这里打印确认书、荣誉证书、慰问信等公文，可批量生成并按原样重印。</source>
        <translation>Print confirmation letters, certificates of honour and letters of condolence here, in batches, and reprint them exactly.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="40" />
        <source>在这里通过U盘与市、省两级交换数据：导出数据包、预览并导入收到的数据包。</source>
        <translation>Exchange records with the city and province offices by USB stick here: export packages, preview and import received ones.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="41" />
        <source>在这里按年度、类别、地区统计见义勇为人员与事迹，并导出统计报表。</source>
        <translation>Count people and deeds by year, category and area here, and export statistical tables.</translation>
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
        <translation>migrant status</translation>
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
        <source>姓名、拼音首字母（如 zs）、证件号码</source>
        <translation>Name, pinyin initials (e.g. zs), ID number</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="48" />
        <source>新增见义勇为人员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="49" />
        <source>编辑人员：{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="67" />
        <source>家庭成员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="70" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="70" />
        <source>关系</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="70" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="71" />
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="71" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="72" />
        <source>被抚养人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="77" />
        <source>添加家庭成员…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="80" />
        <source>删除</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="88" />
        <source>附件（扫描件、照片，可拖放到此窗口）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="96" />
        <source>添加附件…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="98" />
        <source>打开</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="106" />
        <source>保存人员后即可添加家庭成员和附件。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="134" />
        <source>出生日期 {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="137" />
        <source>性别 {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="142" />
        <source>已根据证件号码填写：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="208" />
        <source>删除家庭成员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="209" />
        <source>确定删除家庭成员“{0}”？</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="214" />
        <source>不能删除</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="221" />
        <source>请先保存人员，再添加附件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="235" />
        <source>选择附件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="236" />
        <source>扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp);;所有文件 (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person.py" line="254" />
        <source>无法打开附件</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonOwnedDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="38" />
        <location filename="../../desktop/gui/forms/records.py" line="62" />
        <source>请先选择人员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="52" />
        <source>人员：{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="69" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="69" />
        <source>编辑</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="49" />
        <source>编辑</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="51" />
        <source>编辑人员信息（Ctrl+E）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="54" />
        <source>新增…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="56" />
        <location filename="../../desktop/gui/forms/person_page.py" line="77" />
        <source>见义勇为事迹</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="56" />
        <source>优抚保障事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="57" />
        <source>走访慰问记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="57" />
        <location filename="../../desktop/gui/forms/person_page.py" line="96" />
        <source>宣传报道</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="58" />
        <location filename="../../desktop/gui/forms/person_page.py" line="90" />
        <source>家庭成员</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="80" />
        <source>行为确认</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="81" />
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="82" />
        <location filename="../../desktop/gui/forms/person_page.py" line="88" />
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
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="84" />
        <source>表彰批次</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="85" />
        <source>荣誉称号</source>
        <translation>Honour</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="85" />
        <location filename="../../desktop/gui/forms/person_page.py" line="89" />
        <location filename="../../desktop/gui/forms/person_page.py" line="95" />
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="86" />
        <source>发放</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="87" />
        <source>优抚保障</source>
        <translation>Guarantees</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="88" />
        <source>类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="89" />
        <source>下次办理期限</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="91" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="91" />
        <source>关系</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="92" />
        <location filename="../../desktop/gui/forms/person_page.py" line="131" />
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="92" />
        <source>被抚养人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="93" />
        <source>走访慰问</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="94" />
        <location filename="../../desktop/gui/forms/person_page.py" line="97" />
        <location filename="../../desktop/gui/forms/person_page.py" line="99" />
        <source>日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="94" />
        <source>类型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="95" />
        <source>走访单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="97" />
        <source>媒体</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="97" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="98" />
        <source>已开具文书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="99" />
        <source>文书</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="99" />
        <source>文号/编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="131" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="132" />
        <source>民族</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="133" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="134" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="134" />
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="135" />
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="135" />
        <source>户籍地</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="136" />
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="137" />
        <source>外来务工人员</source>
        <translation>Migrant workers</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="137" />
        <location filename="../../desktop/gui/forms/person_page.py" line="138" />
        <source>是</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="138" />
        <source>不公开身份</source>
        <translation>Do not publicise</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="150" />
        <source>未申请</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonPageDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/person_page.py" line="191" />
        <source>人员档案：{0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop/gui/forms/picker.py" line="27" />
        <source>输入姓名、拼音首字母或证件号码查找人员，回车选中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/picker.py" line="70" />
        <source>没有找到“{0}”，可点击“新建人员”登记</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="63" />
        <source>此功能将在后续版本中提供。</source>
        <translation>This will come in a later version.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/__init__.py" line="65" />
        <source>（页面未能加载：{0}）</source>
        <translation>(The page could not be loaded: {0})</translation>
    </message>
</context>
<context>
    <name>PublicityDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="149" />
        <source>宣传报道</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="161" />
        <source>　事迹：{0}</source>
        <translation type="unfinished" />
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
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="78" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="82" />
        <location filename="../../desktop/gui/forms/base.py" line="177" />
        <source>保存（Ctrl+S）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="83" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="229" />
        <source>未保存：{0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="131" />
        <source>搜索：姓名、拼音首字母、证件号码或关键词</source>
        <translation>Search: name, pinyin initials, ID number or keyword</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="138" />
        <source>全部{0}</source>
        <translation>All: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="150" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="151" />
        <source>新增记录（Ctrl+N）</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="232" />
        <source>查询中……</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="233" />
        <source>正在查询</source>
        <translation>Searching</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="238" />
        <source>查询出错</source>
        <translation>Search failed</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="243" />
        <source>共 {0} 条</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="318" />
        <source>显示的列</source>
        <translation>Columns shown</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/common.py" line="326" />
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
        <location filename="../../desktop/gui/pages/settings.py" line="19" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="22" />
        <source>本单位</source>
        <translation>This office</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="29" />
        <source>区划代码：</source>
        <translation>Division code:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="30" />
        <source>所属区划：</source>
        <translation>Division:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="31" />
        <source>单位名称：</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="32" />
        <source>单位级别：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="33" />
        <source>修改单位信息…</source>
        <translation>Change office…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="37" />
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="43" />
        <source>更改语言后，重新启动程序生效。</source>
        <translation>A new language takes effect when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="48" />
        <source>界面语言：</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="51" />
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="52" />
        <source>不锁定</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="53" />
        <source>无操作自动锁定：</source>
        <translation>Lock when idle:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="57" />
        <source> 行</source>
        <translation> rows</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="58" />
        <source>表格每次读取：</source>
        <translation>Rows read at a time:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="59" />
        <source>在表格中显示完整的证件号码、电话和银行账号</source>
        <translation>Show full ID numbers, phones and bank accounts in tables</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="62" />
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="68" />
        <source>保存设置（Ctrl+S）</source>
        <translation>Save settings (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="85" />
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="105" />
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings.py" line="107" />
        <source>界面语言将在重新启动程序后生效。</source>
        <translation> The language changes when the program is restarted.</translation>
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
        <location filename="../../desktop/gui/workers.py" line="105" />
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/workers.py" line="163" />
        <source>程序内部错误：{0}
详细信息已写入日志。</source>
        <translation>Internal error: {0}
Details were written to the log.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../desktop/gui/forms/records.py" line="129" />
        <source>走访慰问记录</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/__init__.py" line="77" />
        <source>无法新建</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/lists.py" line="17" />
        <source>是</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="32" />
        <source>未保存的修改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="33" />
        <source>本记录有尚未保存的修改，是否保存？</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="35" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="36" />
        <source>放弃</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="37" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="45" />
        <source>记录已被修改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/gui/forms/base.py" line="46" />
        <source>{0}
是否重新载入最新内容？（您本次的修改将被放弃）</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>