package org.guanai.meeting.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.meeting.api.DepartmentDTO;
import org.guanai.meeting.api.DepartmentService;
import org.guanai.meeting.console.support.Labels;
import org.guanai.shell.api.Console;

/** Adds a member department; the service checks every field, as over REST. */
@Service
@Command(scope = "meeting", name = "department-add", description = "增加联席会议成员单位 / Adds a member department to the joint meeting")
public class DepartmentAdd implements Action {

    @Reference
    DepartmentService departments;

    @Option(name = "--name", required = true, description = "单位名称 / The department, e.g. 县教育局")
    String name;

    @Option(name = "--contact", description = "联系人 / Its contact person")
    String contact;

    @Option(name = "--phone", description = "联系电话 / The contact's phone")
    String phone;

    @Option(name = "--notes", description = "备注 / Notes")
    String notes;

    @Override
    public Object execute() throws Exception {
        return Console.run("department", () -> {
            DepartmentDTO d = new DepartmentDTO();
            d.name = Console.text(name);
            d.contactName = Console.text(contact);
            d.contactPhone = Console.text(phone);
            d.notes = Console.text(notes);
            DepartmentDTO saved = departments.create(d);
            System.out.println(Labels.say("department.added", saved.id, saved.name));
        });
    }
}
