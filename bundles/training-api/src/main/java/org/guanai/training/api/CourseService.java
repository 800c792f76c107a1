package org.guanai.training.api;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** Courses: the county's catalogue, seen by every training user. */
@org.osgi.annotation.versioning.ProviderType
public interface CourseService {
    Page<CourseDTO> list(CourseQuery query, PageRequest page);

    CourseDTO get(long id);

    CourseDTO create(CourseDTO course);

    CourseDTO update(long id, long expectedVersion, CourseDTO course);
}
