"""Roles and what each may do, as data.

录入员 (clerk) enters and edits records; 审核员 (reviewer) also decides confirmations, approves
award payments, issues documents and sees personal data in full; 管理员 (administrator) may do
everything, including accounts, office keys, settings and restore. A small office often has a
single administrator who does all the work, so the administrator is not barred from case work.
"""

from __future__ import annotations

from dataclasses import dataclass

# permission code -> what it allows, phrased to follow "无权…" in a refusal
PERMISSIONS: dict[str, str] = {
    "edit_records": "登记或修改记录",
    "decide_case": "确认案件",
    "approve_payment": "审批或登记奖励发放",
    "issue_documents": "签发文书",
    "view_sensitive": "查看完整的证件号码、电话和银行账号",
    "export_data": "导出数据",
    "export_packages": "制作交换数据包",
    "import_packages": "导入交换数据包",
    "backup": "备份数据库",
    "manage_accounts": "管理用户账户",
    "manage_keys": "管理单位密钥",
    "settings": "修改系统设置",
    "restore": "从备份恢复数据库",
}


@dataclass(frozen=True)
class Role:
    code: str
    label: str
    en: str
    permissions: frozenset[str]
    help: str


_CLERK = frozenset({"edit_records", "export_data"})
_REVIEWER = _CLERK | {"decide_case", "approve_payment", "issue_documents", "view_sensitive",
                      "export_packages", "import_packages", "backup"}
_ADMIN = frozenset(PERMISSIONS)

ROLES: dict[str, Role] = {
    "clerk": Role("clerk", "录入员", "Clerk", _CLERK, "登记和修改人员、事迹、案件等记录；个人敏感信息只显示部分"),
    "reviewer": Role("reviewer", "审核员", "Reviewer", frozenset(_REVIEWER),
                     "在录入员权限之外，确认案件、审批奖励发放、签发文书，可查看完整个人信息"),
    "admin": Role("admin", "管理员", "Administrator", _ADMIN, "全部权限，另管理账户、单位密钥、系统设置和恢复备份"),
}


def role(code: str) -> Role:
    from desktop.domain.errors import ValidationError

    try:
        return ROLES[code]
    except KeyError:
        raise ValidationError(f"未知的角色“{code}”：应为 " + "、".join(
            f"{r.code}（{r.label}）" for r in ROLES.values()), "role") from None


def parse_role(text: str) -> str:
    """Accept a role code or its Chinese label (录入员 / 审核员 / 管理员)."""
    text = (text or "").strip()
    for r in ROLES.values():
        if text in (r.code, r.label, r.en.lower()):
            return r.code
    return role(text).code  # raises with the list of roles


def allows(role_code: str, permission: str) -> bool:
    assert permission in PERMISSIONS, f"unknown permission {permission}"
    r = ROLES.get(role_code)
    return bool(r and permission in r.permissions)


def refusal(role_code: str, who: str, permission: str) -> str:
    """The Chinese refusal, e.g. 当前用户（录入员 张三）无权确认案件."""
    label = ROLES[role_code].label if role_code in ROLES else role_code
    return f"当前用户（{label} {who}）无权{PERMISSIONS.get(permission, permission)}"
