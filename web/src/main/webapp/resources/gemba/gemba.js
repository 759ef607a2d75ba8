/*
 * Gemba's page behaviour that PrimeFaces does not provide. Loaded from the server as a file, so
 * the content security policy allows it without a nonce. Everything here reacts to markup:
 *
 *   data-gemba-save="button"     on a form: Ctrl+Enter (Cmd+Enter) anywhere in it, text boxes
 *                                included, clicks the form's button of that id.
 *   class "gemba-tags"           on a multiple p:autoComplete: Enter, comma and Tab turn the typed
 *                                text into a tag chip, whether or not it matches a suggestion.
 *   data-gemba-draft="message"   on a form: when the session has ended and the server sends the
 *                                page to sign in, the form's values are kept in this tab's session
 *                                storage; back on the same page as the same user they are put back
 *                                and the message is shown. The form needs a p:remoteCommand named
 *                                gembaRestore_<form id> (process the form, update it).
 *   data-gemba-survey            on the survey form: a rating scale's native radios (in
 *                                [data-gemba-scale]) write their choice into the question's
 *                                hidden field and call gembaScoreChosen; focus stays on the
 *                                radio, a follow-up question that appears is announced in
 *                                #announcer, a question's problem is tied to its inputs
 *                                (aria-invalid, aria-describedby), the first one gets the
 *                                focus, and answering the question clears it.
 *   every p:selectOneMenu        is named by its field's label (or its column's title), not by
 *                                the value it shows; the chips of a multiple p:autoComplete form
 *                                a plain list, so that its text box is what assistive
 *                                technology works with; message lists hold only their items.
 */
(function () {
    'use strict';

    var DRAFT_PREFIX = 'gemba-draft:';

    function widgetOf(element) {
        return element && window.PrimeFaces ? PrimeFaces.getWidgetById(element.id) : null;
    }

    // ---- Ctrl+Enter saves ------------------------------------------------------------------

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) {
            return;
        }
        var form = (event.target.closest && event.target.closest('form[data-gemba-save]'))
            || (event.target === document.body ? document.querySelector('form[data-gemba-save]') : null);
        if (!form) {
            return;
        }
        var button = document.getElementById(form.id + ':' + form.getAttribute('data-gemba-save'));
        if (button && !button.disabled) {
            event.preventDefault();
            event.stopPropagation();
            // a tag still being typed becomes a tag before the form is sent
            form.querySelectorAll('.gemba-tags input[type=text]').forEach(confirmTypedTag);
            button.click();
        }
    }, true);

    // ---- tags: Enter, comma and Tab make a chip -----------------------------------------------

    function tagsWidget(input) {
        var root = input.closest('.gemba-tags');
        return root ? widgetOf(root) : null;
    }

    /** Turns the text typed into a tags input into a chip; returns whether it did. */
    function confirmTypedTag(input) {
        var widget = tagsWidget(input);
        var text = input.value.replace(/,/g, ' ').trim();
        if (!widget || !text) {
            return false;
        }
        if (widget.timeout) {
            widget.deleteTimeout(); // the suggestion search for the typed text is no longer needed
        }
        widget.addItem(text);
        widget.hide();
        input.value = '';
        return true;
    }

    document.addEventListener('keydown', function (event) {
        var input = event.target;
        if (!input.closest || !input.closest('.gemba-tags') || input.tagName !== 'INPUT') {
            return;
        }
        var widget = tagsWidget(input);
        if (!widget || event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }
        var picking = widget.panel && widget.panel.is(':visible')
            && widget.items && widget.items.filter('.ui-state-highlight').length > 0;
        if (picking) {
            return; // Enter or Tab on a highlighted suggestion: PrimeFaces picks it
        }
        if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            event.stopImmediatePropagation();
            confirmTypedTag(input);
        } else if (event.key === 'Tab' && !event.shiftKey) {
            confirmTypedTag(input); // and Tab still moves on
        }
    }, true);

    document.addEventListener('paste', function (event) {
        var input = event.target;
        if (!input.closest || !input.closest('.gemba-tags')) {
            return;
        }
        // "a, b, c" pasted at once: every complete part is a tag, the rest stays typed
        setTimeout(function () {
            var parts = input.value.split(',');
            var rest = parts.pop();
            if (parts.length === 0) {
                return;
            }
            parts.forEach(function (part) {
                input.value = part;
                confirmTypedTag(input);
            });
            input.value = rest.trim();
        }, 0);
    }, true);

    // ---- drafts kept across an ended session --------------------------------------------------

    function currentUser() {
        var user = document.getElementById('currentUser');
        return user ? user.textContent.trim() : null;
    }

    function draftKey(form, user) {
        return DRAFT_PREFIX + user + ':' + window.location.pathname + window.location.search + ':' + form.id;
    }

    /** The form's values as name/value pairs, without Faces' own state. */
    function values(form) {
        var pairs = [];
        new FormData(form).forEach(function (value, name) {
            if (typeof value === 'string' && name !== form.id && !/^(jakarta|javax)\.faces\./.test(name)
                && name.indexOf('primefaces.') !== 0) {
                pairs.push([name, value]);
            }
        });
        return pairs;
    }

    function keepDrafts() {
        var user = currentUser();
        if (!user) {
            return;
        }
        document.querySelectorAll('form[data-gemba-draft]').forEach(function (form) {
            try {
                sessionStorage.setItem(draftKey(form, user), JSON.stringify(values(form)));
            } catch (e) {
                // storage full or disabled: nothing more can be kept
            }
        });
    }

    function fill(form, pairs) {
        var byName = {};
        pairs.forEach(function (pair) {
            (byName[pair[0]] = byName[pair[0]] || []).push(pair[1]);
        });
        Array.prototype.forEach.call(form.elements, function (element) {
            var given = byName[element.name];
            if (!given || element.type === 'file' || element.type === 'submit' || element.type === 'button') {
                return;
            }
            if (element.type === 'checkbox' || element.type === 'radio') {
                element.checked = given.indexOf(element.value) >= 0;
            } else if (element.tagName === 'SELECT' && element.multiple) {
                // chips and tags keep their values as options of a hidden list
                given.forEach(function (value) {
                    var known = Array.prototype.some.call(element.options, function (o) { return o.value === value; });
                    if (!known) {
                        element.appendChild(new Option(value, value));
                    }
                });
                Array.prototype.forEach.call(element.options, function (o) {
                    o.selected = given.indexOf(o.value) >= 0;
                });
            } else {
                element.value = given[0];
            }
        });
    }

    function showRestored(formId) {
        var form = document.getElementById(formId);
        if (!form || document.getElementById(formId + '-draft-note')) {
            return;
        }
        var note = document.createElement('div');
        note.id = formId + '-draft-note';
        note.className = 'gemba-notice';
        note.setAttribute('role', 'status');
        note.textContent = form.getAttribute('data-gemba-draft');
        form.insertBefore(note, form.firstChild);
    }

    function restoreDrafts() {
        var user = currentUser();
        if (!user) {
            return;
        }
        document.querySelectorAll('form[data-gemba-draft]').forEach(function (form) {
            var key = draftKey(form, user);
            var stored = sessionStorage.getItem(key);
            var restore = window['gembaRestore_' + form.id];
            if (!stored || typeof restore !== 'function') {
                return;
            }
            sessionStorage.removeItem(key);
            var pairs = JSON.parse(stored);
            var formId = form.id;
            var prepare = window['gembaPrepare_' + form.id];
            var apply = function () {
                var current = document.getElementById(formId);
                fill(current, pairs);
                restore();
                $(document).one('pfAjaxComplete', function () {
                    showRestored(formId);
                });
            };
            if (typeof prepare === 'function') {
                // the server first shapes the form for the draft (rows to add, a phase's choices)
                prepare([{name: 'draft', value: JSON.stringify(pairs)}]);
                $(document).one('pfAjaxComplete', apply);
            } else {
                apply();
            }
        });
    }


    // ---- the survey page: rating scales, follow-up questions, problems ----------------------

    function surveyForm() {
        return document.querySelector('form[data-gemba-survey]');
    }

    function shownQuestions() {
        var codes = {};
        document.querySelectorAll('form[data-gemba-survey] fieldset[data-code]').forEach(function (fieldset) {
            codes[fieldset.getAttribute('data-code')] = fieldset;
        });
        return codes;
    }

    /** Ties each question's problem to its inputs; returns the first input of the first problem. */
    function markProblems() {
        var first = null;
        document.querySelectorAll('form[data-gemba-survey] fieldset[data-code]').forEach(function (fieldset) {
            var error = fieldset.querySelector('.gemba-field-error');
            var invalid = error && error.textContent.trim() !== '';
            fieldset.querySelectorAll('input:not([type=hidden]), textarea').forEach(function (input) {
                if (invalid) {
                    input.setAttribute('aria-invalid', 'true');
                    input.setAttribute('aria-describedby', error.id);
                    first = first || input;
                } else {
                    input.removeAttribute('aria-invalid');
                    input.removeAttribute('aria-describedby');
                }
            });
        });
        return first;
    }

    function focusFirstProblem() {
        var first = markProblems();
        if (first) {
            var radios = first.type === 'radio' ? first.closest('fieldset').querySelectorAll('input[type=radio]') : [];
            var checked = Array.prototype.filter.call(radios, function (r) { return r.checked; })[0];
            (checked || first).focus();
        }
    }

    /** The respondent answered a question: its problem no longer applies. */
    function clearProblem(target) {
        var fieldset = target.closest && target.closest('form[data-gemba-survey] fieldset[data-code]');
        var error = fieldset && fieldset.querySelector('.gemba-field-error');
        if (error && error.textContent.trim() !== '') {
            error.textContent = '';
            markProblems();
        }
    }

    var focusedBefore = null;
    var questionsBefore = null;

    document.addEventListener('change', function (event) {
        var radio = event.target;
        var scale = radio.closest && radio.closest('[data-gemba-scale]');
        clearProblem(radio);
        if (!scale || radio.type !== 'radio' || !radio.checked) {
            return;
        }
        var hidden = radio.closest('fieldset').querySelector('input[type=hidden]');
        hidden.value = radio.value;
        if (typeof window.gembaScoreChosen === 'function') {
            focusedBefore = radio.id;
            questionsBefore = shownQuestions();
            window.gembaScoreChosen();
        }
    }, true);

    document.addEventListener('input', function (event) {
        clearProblem(event.target);
    }, true);

    function afterSurveyUpdate() {
        if (!surveyForm()) {
            return;
        }
        var before = questionsBefore;
        questionsBefore = null;
        // the radio the respondent is on keeps the focus, even where its question was drawn again
        if (focusedBefore && (document.activeElement === document.body || !document.activeElement)) {
            var again = document.getElementById(focusedBefore);
            if (again) {
                again.focus();
            }
        }
        focusedBefore = null;
        if (before) {
            var now = shownQuestions();
            var added = Object.keys(now).filter(function (code) { return !before[code]; });
            var announcer = document.getElementById('announcer');
            if (added.length > 0 && announcer) {
                var legends = added.map(function (code) {
                    return now[code].querySelector('legend').textContent.trim();
                });
                announcer.textContent = announcer.getAttribute('data-new-question') + ' ' + legends.join(' ');
            }
            markProblems();
        } else if (!markProblems()) {
            // a save drew the whole form again: the focus goes to what it says
            var note = document.querySelector('form[data-gemba-survey] .gemba-hint');
            if (note && note.textContent.trim() !== '') {
                note.setAttribute('tabindex', '-1');
                note.focus();
            }
        } else {
            focusFirstProblem();
        }
    }


    // ---- names and roles PrimeFaces leaves to the page ---------------------------------------

    function ensureId(element, suffix) {
        if (!element.id) {
            element.id = 'gemba-' + suffix + '-' + Math.random().toString(36).slice(2, 10);
        }
        return element.id;
    }

    /** The element that names a menu: its label, or the title of the table column it filters. */
    function fieldLabelOf(menu) {
        var id = menu.id;
        var label = document.querySelector('label[for="' + id + '_label"], label[for="' + id + '_focus"], label[for="'
            + id + '_input"], label[for="' + id + '"]');
        if (label) {
            return label;
        }
        var column = menu.closest('th');
        return column ? column.querySelector('.ui-column-title') : null;
    }

    function nameMenus(root) {
        root.querySelectorAll('.ui-selectonemenu, .ui-selectcheckboxmenu').forEach(function (menu) {
            var focus = menu.querySelector('input[role=combobox], [role=combobox]');
            var field = fieldLabelOf(menu);
            if (!focus || !field || !menu.id) {
                return;
            }
            var shown = menu.querySelector('.ui-selectonemenu-label, .ui-selectcheckboxmenu-label');
            var names = ensureId(field, 'label') + (shown ? ' ' + ensureId(shown, 'value') : '');
            if (focus.getAttribute('aria-labelledby') !== names) {
                focus.setAttribute('aria-labelledby', names);
            }
        });
    }

    function listTags(root) {
        root.querySelectorAll('.ui-autocomplete-multiple-container[role]').forEach(function (list) {
            list.removeAttribute('role');
            list.removeAttribute('aria-orientation');
        });
        root.querySelectorAll('.ui-autocomplete-multiple-container li[role=option]').forEach(function (chip) {
            chip.removeAttribute('role');
            chip.removeAttribute('aria-selected');
        });
    }

    /**
     * A list holds list items only: PrimeFaces makes each message an alert, which is no list item
     * any more. The messages' container is a live region already, so each stays announced.
     */
    function tidyMessageLists(root) {
        root.querySelectorAll('.ui-messages[aria-live] ul > li[role]').forEach(function (item) {
            item.removeAttribute('role');
            item.removeAttribute('aria-atomic');
        });
    }

    var naming = false;
    function nameControls() {
        if (naming) {
            return;
        }
        naming = true;
        try {
            nameMenus(document);
            listTags(document);
            tidyMessageLists(document);
        } finally {
            naming = false;
        }
    }

    // ---- revealing what an action showed below the fold ----------------------------------------

    // a save refused by the service (FormErrors sends saved=false): the first message may be far
    // above the button that was pressed, so bring it into view
    function revealFirstError(event, xhr, settings, args) {
        if (!args || args.saved !== false) {
            return;
        }
        var error = document.querySelector('.ui-message-error, .ui-messages-error');
        if (error) {
            var box = error.getBoundingClientRect();
            if (box.top < 0 || box.bottom > window.innerHeight) {
                error.scrollIntoView({block: 'center'});
            }
        }
    }

    /**
     * PrimeFaces 15 notes a menu's value before opening only once its panel has finished fading
     * in; a click on an option before that (a quick user, the first time the menu opens) threw in
     * revert() and the choice was lost. Until then the value before opening is the selected one.
     */
    function patchSelectOneMenu() {
        var menu = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.SelectOneMenu;
        if (!menu || menu.prototype.gembaPatched) {
            return;
        }
        var revert = menu.prototype.revert;
        menu.prototype.revert = function () {
            if (!this.preShowValue && this.options) {
                this.preShowValue = this.options.filter(':selected');
            }
            return revert.apply(this, arguments);
        };
        menu.prototype.gembaPatched = true;
    }

    window.gemba = {
        /** Scrolls the element into view and moves the focus there, for keyboard and screen reader users too. */
        reveal: function (id) {
            var element = document.getElementById(id);
            if (element) {
                if (!element.hasAttribute('tabindex')) {
                    element.setAttribute('tabindex', '-1');
                }
                element.scrollIntoView({block: 'start'});
                element.focus({preventScroll: true});
            }
        }
    };

    document.addEventListener('DOMContentLoaded', function () {
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', revealFirstError);
            jQuery(document).on('pfAjaxComplete', afterSurveyUpdate);
        }
        if (surveyForm()) {
            focusFirstProblem();
        }
        nameControls();
        // PrimeFaces draws menus, chips and dialogs again after AJAX and as people type
        new MutationObserver(function () {
            nameControls();
        }).observe(document.body, {childList: true, subtree: true});
        patchSelectOneMenu();
        if (window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.ResponseProcessor) {
            var redirect = PrimeFaces.ajax.ResponseProcessor.doRedirect;
            PrimeFaces.ajax.ResponseProcessor.doRedirect = function (node) {
                var url = node && node.getAttribute ? node.getAttribute('url') || '' : '';
                if (url.indexOf('/login.xhtml') >= 0) {
                    keepDrafts();
                }
                return redirect.apply(this, arguments);
            };
        }
    });
    // after every load handler, PrimeFaces' included: its requests need the page's nonce in each form
    window.addEventListener('load', function () {
        setTimeout(restoreDrafts, 0);
    });
})();
