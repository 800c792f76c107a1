package ${package}.api;

/** Filters of a ${aggregate} list; null means "any". */
public class ${aggregate}Query {
    public String townshipCode;
    public Long personId;
    public String namePrefix;
}
