package org.guanai.training.internal.signin;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.guanai.registry.api.ValidationException;
import org.guanai.training.internal.service.Text;

/**
 * Where a sign-in sheet's columns are: the header row is the first of the first {@link #HEADER_SEARCH} rows that
 * names a name column and an ID number or registry id column (title rows such as "XX 镇电商培训班签到表" above it are
 * skipped). A signature column, when there is one, tells who came: an empty signature cell is an absence.
 */
public final class SignInLayout {

    static final int HEADER_SEARCH = 10;
    private static final Set<String> NAME = Set.of("姓名", "名字", "学员姓名", "name");
    private static final Set<String> ID_NUMBER = Set.of("身份证号码", "身份证号", "公民身份号码", "身份证", "id_number", "id number");
    private static final Set<String> PERSON_ID = Set.of("人员编号", "编号", "登记编号", "person_id", "registry id", "id");
    private static final Set<String> SIGNATURE = Set.of("签到", "签名", "签字", "本人签字", "签到（签名）", "signature", "signed");

    public final int headerLine;
    public final int name;
    public final int idNumber;
    public final int personId;
    public final int signature;
    /** Index of the header row in the rows read. */
    public final int headerIndex;

    private SignInLayout(int headerIndex, int headerLine, int name, int idNumber, int personId, int signature) {
        this.headerIndex = headerIndex;
        this.headerLine = headerLine;
        this.name = name;
        this.idNumber = idNumber;
        this.personId = personId;
        this.signature = signature;
    }

    public static SignInLayout find(List<SheetRow> rows) {
        for (int i = 0; i < Math.min(HEADER_SEARCH, rows.size()); i++) {
            SheetRow row = rows.get(i);
            int name = index(row, NAME);
            int idNumber = index(row, ID_NUMBER);
            int personId = index(row, PERSON_ID);
            if (name >= 0 && (idNumber >= 0 || personId >= 0)) {
                return new SignInLayout(i, row.line, name, idNumber, personId, index(row, SIGNATURE));
            }
        }
        throw ValidationException.of("file", Text.text("signIn.noHeader", HEADER_SEARCH));
    }

    private static int index(SheetRow row, Set<String> names) {
        for (int i = 0; i < row.cells.size(); i++) {
            String header = row.cells.get(i).replace(" ", "").replace("\u3000", "").toLowerCase(Locale.ROOT);
            if (names.contains(header) || names.contains(row.cells.get(i).trim().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }
}
