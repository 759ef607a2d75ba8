package dev.gemba.it;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Exercises every enabled command of one page in a signed-in browser: buttons, links that post,
 * menu items, sortable column heads, the next page of each table and the actions of a table's
 * first row. The page is loaded afresh before each action so that one action's state does not
 * hide another. A dialog an action opens has its own commands clicked, then its form filled with
 * valid demo values and submitted; a confirmation is answered yes for the crawler's own rows and
 * no for the demo data, so that the other tests keep their data.
 */
public final class PageCrawler {

    /** One command of a page: how to find it again after a reload, and what it is called. */
    public record Action(String key, String xpath, String label, boolean destructive) {

        /** Sorting and paging show the same data to every role: exercised once per page. */
        public boolean ordersOnly() {
            return label.contains("activate to sort") || key.contains("paginator");
        }
    }

    /** What exercising one action found: failures (empty when it worked) and notes for the log. */
    public record Outcome(Action action, List<String> failures, List<String> notes) {}

    /**
     * Reports, in the page, what a browser does not tell Selenium: AJAX answers with a server error,
     * a JSF error in a partial response, a redirect to the error page or to sign in, script errors and
     * blocked content. Installed by WebDriver, so the page's content security policy does not apply.
     */
    private static final String HOOK = "if (!window.__crawl) { window.__crawl = [];"
            + " var note = function (m) { window.__crawl.push(m); };"
            + " window.addEventListener('error', function (e) { note('script error: ' + e.message); });"
            + " document.addEventListener('securitypolicyviolation', function (e) {"
            + "   note('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI); });"
            + " if (window.jQuery) {"
            + "  jQuery(document).on('pfAjaxComplete', function (e, xhr) {"
            + "   var t = (xhr && xhr.responseText) || '';"
            + "   if (xhr.status >= 500) note('AJAX answered ' + xhr.status + ': ' + t.substring(0, 400));"
            + "   else if (t.indexOf('<error>') >= 0) note('AJAX error: ' + t.substring(0, 600));"
            + "   else if (/<redirect url=\"[^\"]*(errors|login)/.test(t)) note('AJAX redirect: ' + t.substring(0, 300));"
            + "   else if (t.indexOf('id=\"errorTitle\"') >= 0) note('AJAX error page');"
            + "  });"
            + "  jQuery(document).on('pfAjaxError', function (e, xhr, settings, thrown) {"
            + "   note('PrimeFaces AJAX error ' + (xhr && xhr.status) + ' ' + thrown); });"
            + " } }";

    /** Finds the page's commands, outside the application menu and outside dialogs and overlays. */
    private static final String DISCOVER = "var seen = {}, out = [];"
            + " function xp(el) { if (el.id) return \"//*[@id='\" + el.id + \"']\";"
            + "  var parts = []; for (var n = el; n && n.nodeType === 1; n = n.parentNode) {"
            + "   if (n.id) { parts.unshift(\"//*[@id='\" + n.id + \"']\"); return parts.join('/'); }"
            + "   var i = 1; for (var s = n.previousElementSibling; s; s = s.previousElementSibling)"
            + "    if (s.tagName === n.tagName) i++;"
            + "   parts.unshift(n.tagName.toLowerCase() + '[' + i + ']'); }"
            + "  return '/' + parts.join('/'); }"
            + " var candidates = document.querySelectorAll('button, a, input[type=submit], input[type=button],"
            + "  th.ui-sortable-column, .ui-datatable-selectable tbody tr[data-ri]');"
            + " for (var k = 0; k < candidates.length; k++) { var el = candidates[k];"
            // the menu's links are the pages crawled one by one; sign-out is in it too and never clicked
            + "  if (el.closest('#menuForm, .ui-dialog, .ui-overlaypanel, .ui-datepicker, .ui-connected-overlay-enter-done,"
            + "   .ui-selectonemenu-panel, .ui-selectcheckboxmenu-panel, .ui-growl, .ui-paginator-pages')) continue;"
            + "  if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;"
            + "  if (el.disabled || el.classList.contains('ui-state-disabled')"
            + "   || el.getAttribute('aria-disabled') === 'true') continue;"
            + "  var onclick = el.getAttribute('onclick') || '';"
            + "  if (el.tagName === 'A') { var href = el.getAttribute('href') || '';"
            + "   var posts = /PrimeFaces\\.(ab|addSubmitParam)|mojarra|faces\\.util|jsf\\.util|myfaces/.test(onclick)"
            + "    || el.classList.contains('ui-commandlink') || el.classList.contains('ui-paginator-next')"
            + "    || (el.classList.contains('ui-menuitem-link') && onclick);"
            + "   if (!posts) continue; }"
            + "  if (el.tagName === 'BUTTON' && el.type === 'button' && !onclick && !el.closest('.ui-selectonebutton'))"
            + "   continue;"
            + "  var row = el.closest('tr[data-ri]');"
            + "  var key = (el.id || xp(el)).replace(/:\\d+:/g, ':#:').replace(/tr\\[\\d+\\]/g, 'tr[#]');"
            + "  if (el.tagName === 'TR') key = 'row of ' + (el.closest('[id]') || {}).id;"
            + "  var label = (el.getAttribute('title') || el.getAttribute('aria-label') || el.textContent || '')"
            + "   .replace(/\\s+/g, ' ').trim().substring(0, 60);"
            + "  var destructive = /delete|remove|disable|trash|logout|sign-?out/i.test("
            + "   (el.id || '') + ' ' + (el.className || '') + ' ' + el.innerHTML.substring(0, 300));"
            + "  var own = row && row.textContent.indexOf('Crawler') >= 0;"
            + "  if (seen[key] !== undefined) { if (own && !out[seen[key]].own) out[seen[key]] ="
            + "   {key: key, xpath: xp(el), label: label, destructive: destructive, own: own}; continue; }"
            + "  seen[key] = out.length;"
            + "  out.push({key: key, xpath: xp(el), label: label, destructive: destructive, own: own}); }"
            + " return out;";

    /** Fills the empty fields of a form or dialog with valid demo values; returns what it filled. */
    private static final String FILL = "var scope = arguments[0], n = arguments[1], done = [];"
            + " var visible = function (el) { return el.getClientRects().length > 0; };"
            + " scope.querySelectorAll('input[type=text], input[type=email], input[type=number], input:not([type]),"
            + "  textarea').forEach(function (el) {"
            + "  if (!visible(el) || el.readOnly || el.disabled || el.value || el.closest('thead')) return;"
            + "  if (el.closest('.ui-column-filter, .ui-datepicker, .ui-autocomplete, .ui-chips, .ui-selectonemenu,"
            + "   .ui-selectcheckboxmenu, .ui-inputnumber') || el.classList.contains('hasDatepicker')"
            + "   || el.closest('.ui-datepicker-trigger') || el.parentElement.classList.contains('ui-calendar')"
            + "   || el.closest('.ui-calendar')) return;"
            + "  var hint = ((el.id || '') + ' ' + (el.getAttribute('placeholder') || '') + ' ' + (el.name || ''))"
            + "   .toLowerCase();"
            + "  var value = hint.indexOf('mail') >= 0 ? 'crawler' + n + '@example.org'"
            + "   : el.tagName === 'TEXTAREA' ? 'Crawler ' + n + ': the service desk answered quickly and kindly.'"
            + "   : 'Crawler-' + n;"
            + "  el.value = value; el.dispatchEvent(new Event('input', {bubbles: true}));"
            + "  el.dispatchEvent(new Event('change', {bubbles: true})); done.push((el.id || el.name) + '=' + value); });"
            + " scope.querySelectorAll('.ui-inputnumber input[type=text]').forEach(function (el) {"
            + "  if (!visible(el) || el.readOnly || el.disabled || el.value) return;"
            + "  var w = Object.values(PrimeFaces.widgets).find(function (w) { return w && w.input && w.input[0] === el; });"
            + "  if (w && w.setValue) { w.setValue(3); done.push(el.id + '=3'); } });"
            + " scope.querySelectorAll('.ui-selectonemenu').forEach(function (el) {"
            + "  var select = el.querySelector('select'); if (!select || !visible(el) || select.value) return;"
            + "  if (el.closest('thead, .ui-column-filter, .ui-datatable-header')) return;"
            + "  var option = Array.from(select.options).find(function (o) { return o.value; }); if (!option) return;"
            + "  var w = Object.values(PrimeFaces.widgets).find(function (w) { return w && w.id === el.id; });"
            + "  if (w && w.selectValue) { w.selectValue(option.value); done.push(el.id + '=' + option.text); } });"
            + " scope.querySelectorAll('.ui-selectcheckboxmenu').forEach(function (el) {"
            + "  if (!visible(el) || el.querySelector('input[type=checkbox]:checked')) return;"
            + "  var w = Object.values(PrimeFaces.widgets).find(function (w) { return w && w.id === el.id; });"
            + "  if (w && w.checkAll) { w.checkAll(); done.push(el.id + '=all'); } });"
            + " scope.querySelectorAll('input[type=password]').forEach(function (el) {"
            + "  if (!visible(el) || el.value) return; el.value = 'tulip-quarry-Denim-' + n;"
            + "  el.dispatchEvent(new Event('change', {bubbles: true})); done.push(el.id + '=(a password)'); });"
            + " scope.querySelectorAll('.ui-selectmanycheckbox, .ui-selectoneradio').forEach(function (el) {"
            + "  if (!visible(el) || el.querySelector('input:checked')) return;"
            + "  var box = el.querySelector('.ui-chkbox-box, .ui-radiobutton-box'); if (box) { box.click();"
            + "  done.push(el.id + '=first'); } });"
            + " return done;";

    private final Browser browser;
    private final List<String> stuck = new ArrayList<>();
    private int serial;

    public PageCrawler(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page and reports in it what goes wrong; failures of the load itself. */
    public List<String> load(String url) {
        stuck.clear();
        browser.open(url);
        browser.awaitAjax();
        browser.script(HOOK);
        List<String> failures = new ArrayList<>(problemsShown());
        failures.addAll(browser.consoleErrors());
        return failures;
    }

    /** Whether the page just loaded is the page itself rather than a refusal (403). */
    public boolean refused() {
        return !browser.pageSource().contains("id=\"currentUser\"")
                || browser.pageSource().contains("id=\"forbidden\"");
    }

    /** Whether the page just loaded answered "not found". */
    public boolean notFound() {
        return browser.pageSource().contains("id=\"notFound\"");
    }

    /** The commands of the page just loaded; the destructive ones last. */
    public List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        for (Object found : (List<?>) browser.script(DISCOVER)) {
            Map<?, ?> a = (Map<?, ?>) found;
            actions.add(new Action((String) a.get("key"), (String) a.get("xpath"), (String) a.get("label"), (Boolean)
                    a.get("destructive")));
        }
        List<Action> ordered =
                new ArrayList<>(actions.stream().filter(a -> !a.destructive()).toList());
        ordered.addAll(actions.stream().filter(Action::destructive).toList());
        return ordered;
    }

    /** Links of the page to other pages with parameters (a touchpoint's detail), to be crawled too. */
    public Set<String> linksWithParameters() {
        Set<String> links = new LinkedHashSet<>();
        for (Object href :
                (List<?>) browser.script("return Array.from(document.querySelectorAll('a[href*=\".xhtml?\"]'))"
                        + ".filter(a => !a.closest('#menuForm') && new URL(a.href).origin === location.origin)"
                        + ".map(a => new URL(a.href).pathname + new URL(a.href).search);")) {
            links.add((String) href);
        }
        return links;
    }

    /**
     * Reloads the page and exercises one action: click, answer its confirmation, work its dialog.
     * An element an AJAX update replaced under the crawler is tried once more on a fresh page.
     */
    public Outcome exercise(String url, Action action) {
        try {
            return tryExercise(url, action);
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            List<String> before = seen();
            try {
                Outcome again = tryExercise(url, action);
                if (before.isEmpty()) {
                    return again;
                }
                List<String> all = new ArrayList<>(before);
                all.addAll(again.failures());
                return new Outcome(action, all, again.notes());
            } catch (org.openqa.selenium.WebDriverException again) {
                before.addAll(seen());
                return new Outcome(action, before, List.of("crawler could not finish: " + firstLine(again)));
            }
        } catch (org.openqa.selenium.WebDriverException e) {
            return new Outcome(action, seen(), List.of("crawler could not finish: " + firstLine(e)));
        }
    }

    /** What went wrong on the page so far, when the crawler itself stumbled. */
    private List<String> seen() {
        List<String> failures = new ArrayList<>(stuck);
        stuck.clear();
        try {
            failures.addAll(problemsShown());
            failures.addAll(browser.consoleErrors());
        } catch (org.openqa.selenium.WebDriverException e) {
            // nothing more to read
        }
        return failures;
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    private Outcome tryExercise(String url, Action action) {
        List<String> failures = new ArrayList<>(load(url));
        List<String> notes = new ArrayList<>();
        List<WebElement> found = browser.driverFindAll(By.xpath(action.xpath()));
        if (found.isEmpty()) {
            notes.add("not on the page after a reload");
            return new Outcome(action, failures, notes);
        }
        WebElement element = found.get(0);
        boolean own = element.findElements(By.xpath("ancestor::tr[contains(., 'Crawler')]"))
                        .size()
                > 0;
        WebElement form = element.findElements(By.xpath("ancestor::form")).stream()
                .findFirst()
                .orElse(null);
        if (form != null
                && !action.destructive()
                && !action.key().startsWith("row of")
                && element.findElements(By.xpath("ancestor::tr[@data-ri]")).isEmpty()) {
            notes.addAll(fill(form));
            // a filled menu may have updated part of the form by AJAX: find the command again
            found = browser.driverFindAll(By.xpath(action.xpath()));
            if (found.isEmpty()) {
                notes.add("gone after filling the form");
                return new Outcome(action, failures, notes);
            }
            element = found.get(0);
        }
        Set<String> before = keys();
        click(element);
        settle();
        if (answerConfirmation(action.destructive() && !own)) {
            notes.add(action.destructive() && !own ? "confirmation declined (demo data)" : "confirmed");
            settle();
        }
        WebElement dialog = openDialog();
        if (dialog != null) {
            notes.addAll(workDialog(dialog));
        } else if (!action.destructive() && url.equals(pathOf(browser.currentUrl()))) {
            notes.addAll(workRevealedForm(before));
        }
        failures.addAll(stuck);
        stuck.clear();
        failures.addAll(problemsShown());
        failures.addAll(browser.consoleErrors());
        return new Outcome(action, failures, notes);
    }

    /** The keys of the commands the page shows now. */
    private Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Object found : (List<?>) browser.script(DISCOVER)) {
            keys.add((String) ((Map<?, ?>) found).get("key"));
        }
        return keys;
    }

    private static String pathOf(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    /**
     * A click that shows a form in the page (a survey's editor) rather than in a dialog: the form
     * is filled with valid demo values and submitted with the last command the click revealed.
     */
    private List<String> workRevealedForm(Set<String> before) {
        List<String> notes = new ArrayList<>();
        List<Map<?, ?>> revealed = new ArrayList<>();
        for (Object found : (List<?>) browser.script(DISCOVER)) {
            Map<?, ?> a = (Map<?, ?>) found;
            if (!before.contains((String) a.get("key")) && !(Boolean) a.get("destructive")) {
                revealed.add(a);
            }
        }
        if (revealed.isEmpty()) {
            return notes;
        }
        Map<?, ?> last = revealed.get(revealed.size() - 1);
        List<WebElement> submit = browser.driverFindAll(By.xpath((String) last.get("xpath")));
        if (submit.isEmpty()) {
            return notes;
        }
        WebElement form = submit.get(0).findElements(By.xpath("ancestor::form")).stream()
                .findFirst()
                .orElse(null);
        if (form != null) {
            notes.addAll(fill(form));
        }
        submit = browser.driverFindAll(By.xpath((String) last.get("xpath")));
        if (!submit.isEmpty()) {
            notes.add("revealed form submitted with " + last.get("key") + " '" + last.get("label") + "'");
            click(submit.get(0));
            settle();
            answerConfirmation(false);
            settle();
        }
        return notes;
    }

    private List<String> fill(WebElement scope) {
        List<String> filled = new ArrayList<>();
        for (Object done : (List<?>) browser.script(FILL, scope, ++serial)) {
            filled.add("filled " + done);
        }
        if (!filled.isEmpty()) {
            browser.awaitAjax();
        }
        return filled;
    }

    /** Clicks the dialog's own commands (add a row, reanalyse), then fills and submits its form. */
    private List<String> workDialog(WebElement dialog) {
        List<String> notes = new ArrayList<>();
        String dialogId = dialog.getAttribute("id");
        notes.add("dialog " + dialogId);
        By submits = By.xpath("//*[@id='" + dialogId + "']//button[@type='submit' and not(@disabled)]");
        int count = browser.driverFindAll(submits).size();
        for (int i = 0; i < count - 1; i++) {
            List<WebElement> buttons = browser.driverFindAll(submits);
            if (i >= buttons.size() || !buttons.get(i).isDisplayed()) {
                continue;
            }
            notes.add("dialog command " + describe(buttons.get(i)));
            click(buttons.get(i));
            settle();
        }
        var forms = browser.driverFindAll(By.xpath("//*[@id='" + dialogId + "']//form"));
        notes.addAll(fill(forms.isEmpty() ? dialog : forms.get(0)));
        List<WebElement> buttons = browser.driverFindAll(submits);
        if (!buttons.isEmpty()) {
            WebElement submit = buttons.get(buttons.size() - 1);
            notes.add("submitted with " + describe(submit));
            click(submit);
            settle();
            answerConfirmation(false);
            settle();
            List<String> refused = browser
                    .driverFindAll(By.xpath("//*[@id='" + dialogId
                            + "']//*[contains(@class,'ui-message-error') or contains(@class,'ui-messages-error')]"))
                    .stream()
                    .filter(WebElement::isDisplayed)
                    .map(WebElement::getText)
                    .filter(t -> !t.isBlank())
                    .toList();
            if (!refused.isEmpty()) {
                notes.add("NOT ACCEPTED: " + refused);
            }
        }
        return notes;
    }

    private static String describe(WebElement button) {
        String id = button.getAttribute("id");
        String text = button.getText().isBlank() ? button.getAttribute("title") : button.getText();
        return (id == null || id.isBlank() ? "" : id + " ") + "'" + text + "'";
    }

    private void click(WebElement element) {
        try {
            browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
            element.click();
        } catch (org.openqa.selenium.WebDriverException e) {
            // covered by a sticky bar or an overlay: click it as a script would
            browser.script("arguments[0].click();", element);
        }
    }

    /** Waits for AJAX to end and for a page the click navigated to. */
    private void settle() {
        try {
            browser.awaitAjax();
        } catch (org.openqa.selenium.TimeoutException e) {
            stuck.add("an AJAX request did not finish within 20 s");
        } catch (org.openqa.selenium.WebDriverException e) {
            // a navigation replaced the page meanwhile: the new page is checked below
        }
        browser.waitForLoad();
        try {
            browser.script(HOOK);
        } catch (org.openqa.selenium.WebDriverException e) {
            // the page is still changing
        }
    }

    /** Answers a visible confirmation; true when there was one. */
    private boolean answerConfirmation(boolean decline) {
        var buttons = browser.driverFindAll(By.xpath("//*[contains(@class,'ui-confirm-dialog')"
                + " and not(contains(@style,'display: none'))]//button[contains(@class,'ui-confirmdialog-"
                + (decline ? "no" : "yes") + "')]"));
        for (WebElement button : buttons) {
            if (button.isDisplayed()) {
                click(button);
                return true;
            }
        }
        return false;
    }

    /** The dialog an action opened, if any (not a confirmation). */
    private WebElement openDialog() {
        for (WebElement dialog :
                browser.driverFindAll(By.xpath("//div[contains(concat(' ', @class, ' '), ' ui-dialog ')"
                        + " and not(contains(@class, 'ui-confirm-dialog'))]"))) {
            if (dialog.isDisplayed()) {
                browser.waitForAnimations();
                return dialog;
            }
        }
        return null;
    }

    /** Error pages, JSF errors and what the page hook recorded since the last look. */
    private List<String> problemsShown() {
        List<String> problems = new ArrayList<>();
        String source;
        try {
            source = browser.pageSource();
        } catch (org.openqa.selenium.WebDriverException e) {
            return List.of("page unreadable: " + e.getMessage());
        }
        if (source.contains("id=\"errorTitle\"")) {
            problems.add("error page at " + browser.currentUrl());
        }
        if (source.contains("id=\"forbidden\"")) {
            problems.add("refused (403) at " + browser.currentUrl());
        }
        if (source.contains("id=\"login:username\"")) {
            problems.add("sent to sign in at " + browser.currentUrl());
        }
        if (source.contains("Exception") && source.contains("\tat ")) {
            problems.add("stack trace at " + browser.currentUrl());
        }
        try {
            Object noted = browser.script("var n = window.__crawl || []; window.__crawl = []; return n;");
            if (noted instanceof List<?> list) {
                list.forEach(n -> problems.add(String.valueOf(n)));
            }
        } catch (org.openqa.selenium.WebDriverException e) {
            // the page is gone: what it noted went with it, the console still tells
        }
        return problems;
    }
}
