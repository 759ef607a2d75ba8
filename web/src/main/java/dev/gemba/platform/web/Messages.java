package dev.gemba.platform.web;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** User-facing strings from the resource bundle, in the request's locale. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "dev.gemba.i18n.messages";

    @Inject
    FacesContext faces;

    public String get(String key, Object... arguments) {
        var bundle = ResourceBundle.getBundle(
                BUNDLE,
                faces.getViewRoot() == null
                        ? faces.getExternalContext().getRequestLocale()
                        : faces.getViewRoot().getLocale());
        String text = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
    }
}
