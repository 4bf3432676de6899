"""The fields of each kind of record, with Chinese labels, types and code lists."""

from __future__ import annotations

from desktop.domain.fields import BOOL, CODE, DATE, DIVISION, INT, MONEY, TEXT, FieldSpec

F = FieldSpec


def _specs(*fields: FieldSpec) -> dict[str, FieldSpec]:
    return {f.name: f for f in fields}


PERSON = _specs(
    F("name", "姓名", required=True, max_length=50, en="Name"),
    F("gender", "性别", CODE, code_list="gender", en="Gender"),
    F("ethnicity", "民族", CODE, code_list="ethnicity", en="Ethnicity"),
    F("birth_date", "出生日期", DATE, en="Birth date"),
    F("id_type", "证件类型", CODE, code_list="id_type", en="Document type"),
    F("id_number", "证件号码", max_length=30, sensitive=True, en="Document number"),
    F("hukou_division", "户籍地区划代码", TEXT, max_length=6, en="Household registration code"),
    F("hukou_address", "户籍地", max_length=200, en="Household registration"),
    F("migrant_worker", "外来务工人员", BOOL, en="Migrant worker"),
    F("occupation", "职业", max_length=50, en="Occupation"),
    F("employer", "工作单位", max_length=100, en="Employer"),
    F("political_status", "政治面貌", CODE, code_list="political_status", en="Political status"),
    F("education", "文化程度", CODE, code_list="education", en="Education"),
    F("phone", "联系电话", max_length=30, sensitive=True, en="Phone"),
    F("address", "现住址", max_length=200, sensitive=True, en="Address"),
    F("bank_name", "开户银行", max_length=100, en="Bank"),
    F("bank_account", "银行账号", max_length=40, sensitive=True, en="Bank account"),
    F("state", "人员状态", CODE, code_list="person_state", en="State"),
    F("do_not_publicise", "不公开身份", BOOL, en="Do not publicise"),
    F("notes", "备注", max_length=2000, multiline=True, en="Notes"),
)

FAMILY = _specs(
    F("name", "姓名", required=True, max_length=50, en="Name"),
    F("relation", "关系", CODE, required=True, code_list="relation", en="Relation"),
    F("gender", "性别", CODE, code_list="gender", en="Gender"),
    F("birth_date", "出生日期", DATE, en="Birth date"),
    F("id_number", "身份证号", max_length=30, sensitive=True, en="ID number"),
    F("phone", "联系电话", max_length=30, sensitive=True, en="Phone"),
    F("address", "住址", max_length=200, sensitive=True, en="Address"),
    F("dependant", "被抚养人", BOOL, en="Dependant"),
    F("notes", "备注", max_length=2000, multiline=True, en="Notes"),
)

DEED = _specs(
    F("title", "事迹标题", required=True, max_length=100, en="Title"),
    F("occurred_on", "发生日期", DATE, required=True, en="Date"),
    F("occurred_time", "发生时间", max_length=20, en="Time"),
    F("division_code", "发生地区划", DIVISION, required=True, en="Division"),
    F("place", "发生地点", required=True, max_length=200, en="Place"),
    F("category", "行为类别", CODE, required=True, code_list="deed_category", en="Category"),
    F("narrative", "事迹经过", max_length=20000, multiline=True, en="Narrative"),
    F("beneficiaries", "受益人/被救助人", max_length=500, en="Beneficiaries"),
    F("police_report_no", "接报警情编号", max_length=50, en="Police report no."),
    F("witnesses", "证明人", max_length=500, multiline=True, en="Witnesses"),
    F("evidence", "证据材料", max_length=2000, multiline=True, en="Evidence"),
)

PARTICIPANT = _specs(
    F("outcome", "本人结果", CODE, required=True, code_list="outcome", en="Outcome"),
    F("role", "在事迹中的作用", max_length=50, en="Role"),
    F("notes", "备注", max_length=500, en="Notes"),
)

CASE = _specs(
    F("source", "案件来源", CODE, required=True, code_list="case_source", en="Source"),
    F("applicant_name", "申请人/举荐人", max_length=100, en="Applicant"),
    F("applicant_relation", "与当事人关系", max_length=50, en="Relation"),
    F("applicant_phone", "申请人电话", max_length=30, sensitive=True, en="Applicant phone"),
    F("received_on", "收到日期", DATE, required=True, en="Received on"),
    F("accepting_unit", "受理单位", max_length=100, en="Accepting unit"),
    F("investigation", "调查核实情况", max_length=20000, multiline=True, en="Investigation"),
    F("statement", "陈述申辩情况", max_length=5000, multiline=True, en="Statement"),
    F("notes", "备注", max_length=2000, multiline=True, en="Notes"),
)

BATCH = _specs(
    F("title", "表彰批次名称", required=True, max_length=100, en="Title"),
    F("level", "表彰级别", CODE, required=True, code_list="commendation_level", en="Level"),
    F("year", "年度", INT, required=True, minimum=1990, maximum=2100, en="Year"),
    F("issuing_body", "表彰机关", max_length=100, en="Issuing body"),
    F("document_no", "表彰文号", max_length=50, en="Document no."),
    F("decided_on", "表彰日期", DATE, en="Decided on"),
    F("notes", "备注", max_length=2000, multiline=True, en="Notes"),
)

AWARD = _specs(
    F("honour_title", "荣誉称号", required=True, max_length=100, en="Honour"),
    F("merit", "记功", CODE, code_list="merit", en="Merit"),
    F("amount", "奖励金额（元）", MONEY, en="Amount (CNY)"),
    F("payment_state", "发放状态", CODE, code_list="payment_state", en="Payment"),
    F("approved_on", "批准日期", DATE, en="Approved on"),
    F("paid_on", "发放日期", DATE, en="Paid on"),
    F("certificate_no", "证书编号", max_length=50, en="Certificate no."),
    F("notes", "备注", max_length=500, en="Notes"),
)

GUARANTEE = _specs(
    F("kind", "保障类别", CODE, required=True, code_list="guarantee_kind", en="Kind"),
    F("department", "责任部门", CODE, code_list="department", en="Department"),
    F("state", "办理状态", CODE, code_list="guarantee_state", en="State"),
    F("amount", "金额（元）", MONEY, en="Amount (CNY)"),
    F("disability_grade", "伤残等级（1-10级）", INT, minimum=1, maximum=10, en="Disability grade"),
    F("applied_on", "申请日期", DATE, en="Applied on"),
    F("decided_on", "落实日期", DATE, en="Decided on"),
    F("due_on", "下次办理期限", DATE, en="Due on"),
    F("description", "事项说明", max_length=2000, multiline=True, en="Description"),
)

VISIT = _specs(
    F("visited_on", "走访日期", DATE, required=True, en="Date"),
    F("occasion", "走访类型", CODE, code_list="visit_occasion", en="Occasion"),
    F("unit", "走访单位", max_length=100, en="Unit"),
    F("visitors", "走访人员", max_length=200, en="Visitors"),
    F("amount", "慰问金额（元）", MONEY, en="Amount (CNY)"),
    F("notes", "情况记录", max_length=5000, multiline=True, en="Notes"),
)

PUBLICITY = _specs(
    F("published_on", "发布日期", DATE, required=True, en="Date"),
    F("media_kind", "媒体类型", CODE, code_list="media_kind", en="Media"),
    F("outlet", "媒体名称", max_length=100, en="Outlet"),
    F("title", "标题", required=True, max_length=200, en="Title"),
    F("reference", "链接或版面", max_length=500, en="Reference"),
    F("notes", "备注", max_length=2000, multiline=True, en="Notes"),
)
