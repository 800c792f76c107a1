package org.guanai.registry.internal.roster;

import java.text.MessageFormat;
import java.util.Locale;

import org.guanai.registry.api.Message;

/**
 * Every sentence the roster import writes for a person to read (report lines, the job's summary), in Chinese
 * first, then English. One place, so that the wording stays consistent and can move into resource bundles.
 * Placeholders are {@link MessageFormat}'s ({0}, {1} …).
 */
public enum ImportMessages {
    // the file and its sheets
    SHEET_SKIPPED("此表没有花名册表头，未读取（如填表说明）", "sheet skipped: no header with roster columns (a notes sheet?)"),
    SHEET_SKIPPED_EXPECTED("表头行，如 姓名、身份证号码、所在村", "a header row such as 姓名, 身份证号码, 所在村"),
    COLUMN_TWICE("该列重复，只读取第一列", "the column appears twice; only the first is read"),
    COLUMN_TWICE_EXPECTED("每列一次", "each column once"),
    UNKNOWN_COLUMN("未识别的列，已忽略", "unknown column, ignored"),
    UNKNOWN_COLUMN_EXPECTED("花名册的列（见模板），或用 --map 表头=列 指定", "a roster column (see the template), or --map HEADER=column"),
    TOTAL_ROW("合计行或表尾，不是人员，未导入", "a total (合计) or footer line, not a person: not imported"),
    NO_ROSTER_VALUE("此行花名册各列均为空，不是人员，未导入", "no value in any roster column: not a row of the roster"),

    // rows
    NAME_MISSING("姓名为空：此行有人员信息（{0}）但没有姓名，未导入", "姓名 is empty: the row has a person''s data ({0}) but no name; not imported"),
    NAME_MISSING_EXPECTED("人员的姓名", "the person's name"),
    KEY_MISSING("户编号为空", "户编号 is empty"),
    KEY_TOO_LONG("户编号超过 {0} 个字符", "is longer than {0} characters"),
    SAME_ID_IN_FILE("与第 {0} 行身份证号码相同，此行未导入", "the same ID number as line {0}; this row is not imported"),
    SAME_ID_IN_FILE_EXPECTED("文件中每人一行", "each person once in a file"),
    ID_SCIENTIFIC("身份证号码被 Excel 存成了数字（{0}），后几位已丢失；请把该列设为文本后重新录入",
            "Excel stored the ID number as a number ({0}): its last digits are lost; format the column as text and type them again"),
    NUMBER_SCIENTIFIC("号码被 Excel 存成了数字（{0}），位数已丢失", "Excel stored the number as a number ({0}): digits are lost"),
    BIRTH_DATE_MISMATCH("出生日期 {0} 与身份证号码不符（{1}）", "birth date {0} does not match the ID number ({1})"),
    BIRTH_DATE_BAD("出生日期 ''{0}'' 不是有效日期", "''{0}'' is not a real date"),
    BIRTH_DATE_FUTURE("出生日期 {0} 在今天之后", "birth date {0} is in the future"),
    AGE_MISMATCH("年龄 {0} 与身份证号码不符（应为 {1} 岁）", "age {0} does not match the ID number ({1})"),
    GENDER_MISMATCH("性别 ''{0}'' 与身份证号码不符（{1}）", "''{0}'' does not match the ID number ({1})"),
    NOT_ONE_OF("''{0}'' 不是可选值之一", "''{0}'' is not one of the values"),
    NOT_A_CATEGORY("''{0}'' 不是关爱类别", "''{0}'' is not a care category"),
    NO_CATEGORY("没有类别：文件无类别列，也未指定 --category", "no care category: no 类别 column, and no --category given"),
    NO_CATEGORY_EXPECTED("类别列，或导入时指定 --category LEFT_BEHIND_CHILD（儿童花名册自动为留守儿童）",
            "a 类别 column, or --category (a children's roster is read as left-behind children)"),
    ENDED_NOT_NEW("状态为已结束的人员不作为新记录导入", "a person marked ended is not imported as a new record"),
    OUTSIDE_SCOPE("{0} 不在您负责的区划内", "{0} is outside your divisions"),
    OUTSIDE_SCOPE_EXPECTED("分配给您的区划中的村", "a village of the divisions assigned to you"),

    // households, villages
    HOUSEHOLD_VALUE_DIFFERS("与同户第 {0} 行不同（{1}），以该行为准", "differs from line {0} of the same household ({1}); that value is used"),
    HOUSEHOLD_VALUE_DIFFERS_EXPECTED("同户各行相同", "the same household values on every row"),
    NO_SUCH_HOUSEHOLD("登记库中没有 {0} 号家庭", "there is no household {0} in the registry"),
    NO_SUCH_HOUSEHOLD_EXPECTED("本县户编号，或已有家庭的 #编号", "a county household number, or #id of an existing household"),
    HOUSEHOLD_NOT_IMPORTED("家庭 {0} 未导入（见第 {1} 行）", "household {0} is not imported (see line {1})"),
    HOUSEHOLD_NOT_IMPORTED_EXPECTED("有效的家庭", "a valid household"),
    HOUSEHOLD_ROWS_NOT_IMPORTED("{0}；该户各行均未导入", "the household''s rows are not imported"),
    NOT_YES_NO("''{0}'' 不是 是/否", "''{0}'' is not a yes/no value"),
    VILLAGE_REQUIRED("村(社区)为必填", "村(社区) is required"),
    NOT_A_TOWNSHIP("''{0}'' 不是本县的乡镇", "''{0}'' is not a township of this county"),
    NOT_A_VILLAGE("''{0}'' 不是{1}的村(社区)", "''{0}'' is not a village of {1}"),
    VILLAGE_ELSEWHERE("村 {0} 不在乡镇 {1}", "village {0} is not in township {1}"),
    VILLAGES_NAMESAKE("有多个村叫 {0}：请填写乡镇或12位代码", "several villages are called {0}; give the 乡镇 or the 12-digit code"),
    NO_COUNTY("尚未设置县：先运行 registry:county", "no county is set up yet: run registry:county first"),

    // family and guardians
    PARENT_NAME_MISSING("有务工地点但缺少{0}姓名", "a workplace is given but no name of the {1}"),
    GUARDIAN_FOR_CHILDREN("只有留守儿童登记监护人", "a guardian is recorded for left-behind children only"),
    GUARDIAN_REQUIRED("必填", "is required"),
    GUARDIAN_SELF("儿童不能是自己的监护人", "a child cannot be their own guardian"),
    GUARDIAN_NOT_IMPORTED("监护人（第 {0} 行）未导入", "the guardian (line {0}) is not imported"),
    GUARDIAN_UNKNOWN("文件和登记库中都没有此身份证号码的人员；请填写监护人姓名以登记监护人",
            "no person with this ID number in the file or the registry; give 监护人姓名 to register the guardian"),
    GUARDIAN_MINOR("监护人 {0} 岁，须为成年人（{1} 岁及以上）", "the guardian is {0}, a guardian must be an adult ({1} or older)"),
    GUARDIAN_NO_CATEGORY("监护人（{0}，{1} 岁）不属于任何关爱类别，无法作为人员登记；请先登记该监护人",
            "the guardian ({0}, {1}) fits no care category and cannot be registered from the roster; register the guardian first"),
    GUARDIAN_REGISTERED("监护人作为{0}登记", "the guardian is registered as {1}"),
    CHILD_NOT_IMPORTED("儿童（第 {0} 行）未导入", "the child (line {0}) is not imported"),
    CHILD_UNKNOWN("文件和登记库中都没有此身份证号码的儿童", "no child with this ID number in the file or the registry"),
    GUARDIAN_NAME_DIFFERS("监护人姓名 ''{0}'' 与登记库中此身份证号码的人员（{1}）不同", "''{0}'' differs from the registered person with this ID number ({1})"),

    // duplicates
    DUPLICATE_IN_REGISTRY("疑似与登记库中人员 {0}（{1}，出生日期、性别、乡镇相同）重复", "possible duplicate of person {0} ({1}, same birth date, gender and township) already in the registry"),
    DUPLICATE_IN_FILE("疑似与第 {0} 行（{1}，出生日期、性别、乡镇相同）重复", "possible duplicate of line {0} ({1}, same birth date, gender and township)"),
    DUPLICATE_HELD("{0}；暂不导入", "not imported"),
    DUPLICATE_CONFIRMED("{0}；已确认导入", "imported as confirmed"),
    DUPLICATE_EXPECTED("请人工核对；确认不是同一人后用 --confirm-duplicates（confirmDuplicates=true）导入",
            "a person to check; re-run with --confirm-duplicates (confirmDuplicates=true) to import"),

    // the job
    SUMMARY("共 {0} 行数据：导入或更新 {1}，未变 {2}，疑似重复暂缓 {3}，拒绝 {4}（合计 {5}）；另有 {6} 行非数据行（标题、表头、空行、合计行）",
            "{0} data rows: {1} imported or updated, {2} unchanged, {3} held back as possible duplicates, {4} rejected ({5}); {6} other lines (titles, headers, blank, total rows)"),
    SUMMARY_DRY_RUN("试运行，未写入：共 {0} 行数据：将导入或更新 {1}，未变 {2}，疑似重复暂缓 {3}，拒绝 {4}（合计 {5}）；另有 {6} 行非数据行（标题、表头、空行、合计行）",
            "dry run, nothing written: {0} data rows: {1} to import or update, {2} unchanged, {3} held back as possible duplicates, {4} rejected ({5}); {6} other lines (titles, headers, blank, total rows)"),
    FAILED("在第 {0} 行后停止（{1}）；之前的批次已完整保存，再次导入同一文件即可补全",
            "stopped after {0} rows ({1}); the chunks before are stored, each whole; run the file again to complete it");

    private final String zh;
    private final String en;

    ImportMessages(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Chinese, then English: {@code 身份证号码校验位错误 / check digit …}. */
    public String text(Object... args) {
        return format(zh, args) + " / " + format(en, args);
    }

    public String chinese(Object... args) {
        return format(zh, args);
    }

    private static String format(String pattern, Object... args) {
        if (args.length == 0 && pattern.indexOf('{') < 0) {
            return pattern.replace("''", "'");
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** A rule's message (shared with REST) in Chinese, then English; a text written in code as it is. */
    public static String rule(Message rule) {
        if (rule == null) {
            return null;
        }
        String chinese = rule.render(Message.CHINESE);
        String english = rule.render(Message.ENGLISH);
        if (rule.bundle() == null && chinese.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN)) {
            return "有误 / " + english; // a module's English-only rule
        }
        return chinese.equals(english) ? chinese : chinese + " / " + english;
    }
}
