package org.guanai.legal.api;

/** Who the case is about. */
public enum SubjectKind {
    /** 登记在册的人员（personId） a registry person (personId) */
    REGISTERED,
    /** 未登记的人员（subjectName） someone not in the registry (subjectName) */
    UNREGISTERED,
    /** 匿名 anonymous */
    ANONYMOUS
}
