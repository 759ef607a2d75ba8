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
        }
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
