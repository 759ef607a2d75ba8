package dev.gemba.security.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.platform.web.FormErrors;
import dev.gemba.security.boundary.UserService;
import dev.gemba.security.boundary.UserSummary;
import dev.gemba.security.entity.Role;

/** Backs admin/users.xhtml: administrators list, create, change and delete users. */
@Named
@ViewScoped
public class UserAdministrationView implements Serializable {

    @EJB
    UserService users;

    @Inject
    FormErrors formErrors;

    private List<UserSummary> list;
    private UserEditor editor = new UserEditor();

    public List<UserSummary> getUsers() {
        if (list == null) {
            // a list the table may sort in place (sorting an unmodifiable one failed with a 500)
            list = new ArrayList<>(users.list());
        }
        return list;
    }

    public void startCreate() {
        editor = new UserEditor();
    }

    public void startEdit(UserSummary user) {
        editor = UserEditor.of(user);
    }

    public void save() {
        var form = editor.toForm();
        boolean saved = formErrors.attempt("userForm", () -> {
            if (editor.getId() == null) {
                users.create(form);
            } else {
                users.update(editor.getId(), form);
            }
        });
        if (saved) {
            list = null;
        }
    }

    public void delete(UserSummary user) {
        if (formErrors.attempt("users", () -> users.delete(user.id()))) {
            list = null;
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public UserEditor getEditor() {
        return editor;
    }
}
