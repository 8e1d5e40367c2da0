/*
 * SafePace web widget: one script tag embeds a private, accessible chat about vaginismus on any page.
 *
 *   <script src="https://safepace.example/widget.js" defer
 *           data-api-base="https://safepace.example" data-title="SafePace" data-accent="#2f5f8a"
 *           data-position="right" data-exit-url="https://www.bbc.co.uk/weather"
 *           data-emergency-tel="999" data-clinic-tel="+44 20 7946 0000"></script>
 *
 * Rules this file keeps (they are tested in a real browser):
 * - Nothing from the server or the user is ever inserted as HTML: every node is built with createElement and
 *   textContent, including the light Markdown (bold, lists) of replies.
 * - Only the session id is stored, in sessionStorage; never localStorage, never cookies (fetch uses credentials: 'omit').
 * - Everything lives in a shadow root; styles come from widget.css next to this file (no inline styles, so a strict
 *   Content-Security-Policy needs no 'unsafe-inline').
 * - No framework, no third-party requests, no sounds.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || window.__safepaceWidgetLoaded) {
    return;
  }
  window.__safepaceWidgetLoaded = true;

  var STORAGE_KEY = 'safepace.sessionId';
  var DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
  var DEFAULT_ACCENT = '#2f5f8a';
  var MAX_MESSAGE = 2000;
  var ESC_WINDOW_MS = 1500;

  var config = readConfig(script);

  // ---------------------------------------------------------------- configuration

  function readConfig(tag) {
    var data = tag.dataset;
    var scriptUrl = new URL(tag.src, document.baseURI);
    return {
      apiBase: cleanBase(data.apiBase, scriptUrl.origin),
      assetBase: new URL('.', scriptUrl).href,
      title: (data.title || 'SafePace').trim().slice(0, 60) || 'SafePace',
      launcherLabel: (data.launcherLabel || 'Questions? Chat').trim().slice(0, 40) || 'Questions? Chat',
      accent: /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(data.accent || '') ? data.accent : DEFAULT_ACCENT,
      position: data.position === 'left' ? 'left' : 'right',
      exitUrl: safeHttpUrl(data.exitUrl) || DEFAULT_EXIT_URL,
      emergencyTel: cleanTel(data.emergencyTel),
      clinicTel: cleanTel(data.clinicTel)
    };
  }

  function cleanBase(value, fallback) {
    if (!value || !value.trim()) {
      return fallback;
    }
    var url = safeHttpUrl(value.trim());
    return url ? url.replace(/\/+$/, '') : fallback;
  }

  function safeHttpUrl(value) {
    if (!value) {
      return null;
    }
    try {
      var url = new URL(value, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function cleanTel(value) {
    var tel = (value || '').trim();
    return /^\+?[0-9][0-9 ()-]{1,24}$/.test(tel) ? tel : null;
  }

  /** Black or white text, whichever contrasts more with the accent (always at least 4.5:1, WCAG AA). */
  function foregroundFor(hex) {
    var h = hex.length === 4 ? '#' + hex[1] + hex[1] + hex[2] + hex[2] + hex[3] + hex[3] : hex;
    var channels = [1, 3, 5].map(function (i) {
      var c = parseInt(h.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#111111' : '#ffffff';
  }

  // ---------------------------------------------------------------- storage (the session id only)

  var storage = {
    get: function () {
      try {
        return window.sessionStorage.getItem(STORAGE_KEY);
      } catch (e) {
        return null;
      }
    },
    set: function (id) {
      try {
        window.sessionStorage.setItem(STORAGE_KEY, id);
      } catch (e) {
        // Storage can be disabled; the conversation still works within this page.
      }
    },
    clear: function () {
      try {
        window.sessionStorage.removeItem(STORAGE_KEY);
      } catch (e) {
        // Nothing was stored.
      }
    }
  };

  // ---------------------------------------------------------------- DOM helpers (text only, never HTML)

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function svgIcon(pathData) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '22');
    svg.setAttribute('height', '22');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', pathData);
    path.setAttribute('fill', 'currentColor');
    svg.appendChild(path);
    return svg;
  }

  /** Appends text with **bold** spans to a parent, as text nodes and <strong> elements. */
  function appendInline(parent, text) {
    var parts = text.split(/(\*\*[^*]+\*\*)/);
    parts.forEach(function (part) {
      if (/^\*\*[^*]+\*\*$/.test(part)) {
        parent.appendChild(el('strong', null, part.slice(2, -2)));
      } else if (part) {
        parent.appendChild(document.createTextNode(part));
      }
    });
  }

  /** Light Markdown: paragraphs, line breaks, bullet and numbered lists, bold. Built as DOM nodes. */
  function renderMarkdown(container, markdown) {
    while (container.firstChild) {
      container.removeChild(container.firstChild);
    }
    var lines = String(markdown || '').replace(/\r\n?/g, '\n').split('\n');
    var list = null;
    var listType = null;
    var paragraph = null;
    lines.forEach(function (rawLine) {
      var line = rawLine.replace(/\s+$/, '');
      var bullet = /^\s*[-*\u2022]\s+(.*)$/.exec(line);
      var numbered = /^\s*\d{1,3}[.)]\s+(.*)$/.exec(line);
      var heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
      if (bullet || numbered) {
        var type = bullet ? 'ul' : 'ol';
        if (!list || listType !== type) {
          list = el(type);
          listType = type;
          container.appendChild(list);
        }
        var item = el('li');
        appendInline(item, (bullet || numbered)[1]);
        list.appendChild(item);
        paragraph = null;
      } else if (!line.trim()) {
        list = null;
        paragraph = null;
      } else if (heading) {
        var p = el('p');
        p.appendChild(el('strong', null, heading[1].replace(/\*\*/g, '')));
        container.appendChild(p);
        list = null;
        paragraph = null;
      } else {
        list = null;
        if (paragraph) {
          paragraph.appendChild(el('br'));
        } else {
          paragraph = el('p');
          container.appendChild(paragraph);
        }
        appendInline(paragraph, line.trim());
      }
    });
  }

  // ---------------------------------------------------------------- building the widget

  var host = el('div');
  host.id = 'safepace-widget';
  // Custom properties through the CSSOM: allowed by a CSP without 'unsafe-inline'.
  host.style.setProperty('--sp-accent', config.accent);
  host.style.setProperty('--sp-on-accent', foregroundFor(config.accent));
  var shadow = host.attachShadow({ mode: 'open' });

  var stylesheet = el('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = new URL('widget.css', config.assetBase).href;
  shadow.appendChild(stylesheet);

  var root = el('div', 'sp-root sp-' + config.position);
  // Hidden until the stylesheet arrives, so an unstyled panel never flashes on the host page.
  root.hidden = true;
  stylesheet.addEventListener('load', function () { root.hidden = false; });
  stylesheet.addEventListener('error', function () { root.hidden = false; });
  shadow.appendChild(root);

  var launcher = el('button', 'sp-launcher');
  launcher.type = 'button';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'sp-panel');
  launcher.appendChild(svgIcon('M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z'));
  launcher.appendChild(el('span', 'sp-launcher-label', config.launcherLabel));
  root.appendChild(launcher);

  var panel = el('section', 'sp-panel');
  panel.id = 'sp-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'sp-title');
  root.appendChild(panel);

  var header = el('div', 'sp-header');
  var title = el('h2', 'sp-title', config.title);
  title.id = 'sp-title';
  var exitButton = el('button', 'sp-exit', 'Quick exit');
  exitButton.type = 'button';
  exitButton.setAttribute('aria-describedby', 'sp-exit-hint');
  var closeButton = el('button', 'sp-close');
  closeButton.type = 'button';
  closeButton.setAttribute('aria-label', 'Close chat');
  closeButton.appendChild(svgIcon('M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z'));
  header.appendChild(title);
  header.appendChild(exitButton);
  header.appendChild(closeButton);
  panel.appendChild(header);

  var toolbar = el('div', 'sp-toolbar');
  var audienceGroup = el('fieldset', 'sp-audience');
  audienceGroup.appendChild(el('legend', 'sp-visually-hidden', 'Who are you asking for?'));
  var audienceInputs = {};
  [['self', 'Asking for myself'], ['partner', 'Asking for my partner']].forEach(function (choice) {
    var label = el('label', 'sp-audience-option');
    var input = el('input');
    input.type = 'radio';
    input.name = 'sp-audience';
    input.value = choice[0];
    label.appendChild(input);
    label.appendChild(el('span', null, choice[1]));
    audienceGroup.appendChild(label);
    audienceInputs[choice[0]] = input;
  });
  toolbar.appendChild(audienceGroup);
  panel.appendChild(toolbar);

  var log = el('div', 'sp-log');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-live', 'polite');
  log.setAttribute('aria-relevant', 'additions');
  log.setAttribute('aria-label', 'Conversation');
  log.tabIndex = 0;
  panel.appendChild(log);

  var typing = el('div', 'sp-typing');
  typing.hidden = true;
  var dots = el('span', 'sp-dots');
  dots.setAttribute('aria-hidden', 'true');
  dots.appendChild(el('span'));
  dots.appendChild(el('span'));
  dots.appendChild(el('span'));
  typing.appendChild(dots);
  typing.appendChild(el('span', 'sp-typing-text', config.title + ' is writing\u2026'));
  panel.appendChild(typing);

  // Short announcements that are not messages (cleared, writing, errors in sending).
  var status = el('div', 'sp-visually-hidden');
  status.setAttribute('role', 'status');
  panel.appendChild(status);

  var form = el('form', 'sp-form');
  form.noValidate = true;
  var inputLabel = el('label', 'sp-visually-hidden', 'Your message');
  inputLabel.htmlFor = 'sp-input';
  var input = el('textarea', 'sp-input');
  input.id = 'sp-input';
  input.rows = 2;
  input.maxLength = MAX_MESSAGE;
  input.placeholder = 'Type your question';
  input.setAttribute('autocomplete', 'off');
  var sendButton = el('button', 'sp-send', 'Send');
  sendButton.type = 'submit';
  form.appendChild(inputLabel);
  form.appendChild(input);
  form.appendChild(sendButton);
  panel.appendChild(form);

  var footer = el('div', 'sp-footer');
  var hint = el('p', 'sp-hint', 'Esc twice also leaves at once.');
  hint.id = 'sp-exit-hint';
  var clearButton = el('button', 'sp-clear', 'Clear conversation');
  clearButton.type = 'button';
  footer.appendChild(hint);
  footer.appendChild(clearButton);
  panel.appendChild(footer);

  function mount() {
    document.body.appendChild(host);
  }
  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }

  // ---------------------------------------------------------------- the first-open notice

  function noticeElement() {
    var notice = el('div', 'sp-notice');
    notice.id = 'sp-notice';
    var what = el('p');
    what.appendChild(el('strong', null, config.title));
    what.appendChild(document.createTextNode(
      ' answers questions about vaginismus, for you or for your partner, from reviewed guidance. ' +
      'It is not a diagnosis and not a substitute for seeing a professional.'));
    notice.appendChild(what);

    var urgent = el('p');
    urgent.appendChild(el('strong', null, 'Not an emergency service. '));
    urgent.appendChild(document.createTextNode(
      'If you are in danger, bleeding heavily, fainting or in severe pain, call '));
    if (config.emergencyTel) {
      urgent.appendChild(telLink(config.emergencyTel, config.emergencyTel));
      urgent.appendChild(document.createTextNode(' now.'));
    } else {
      urgent.appendChild(document.createTextNode('your local emergency number now.'));
    }
    notice.appendChild(urgent);

    notice.appendChild(el('p', null,
      'Privacy: no name or account needed. Nothing is saved on this device except a session number that goes ' +
      'when you close the tab, and Quick exit or Clear conversation erases the chat at once.'));
    return notice;
  }

  function telLink(number, text) {
    var link = el('a', 'sp-tel', text);
    link.href = 'tel:' + number.replace(/[^0-9+]/g, '');
    return link;
  }

  // ---------------------------------------------------------------- conversation state

  var state = {
    pending: false,
    controller: null,
    generation: 0
  };

  function resetLog() {
    while (log.firstChild) {
      log.removeChild(log.firstChild);
    }
    log.appendChild(noticeElement());
    input.setAttribute('aria-describedby', 'sp-notice');
  }
  resetLog();

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  /** A long answer is read from its start (with the question it answers when that fits), not from its last line. */
  function scrollToShow(message) {
    if (message.offsetHeight <= log.clientHeight - 24) {
      scrollToEnd();
      return;
    }
    var question = message.previousElementSibling;
    var top = message.offsetTop;
    if (question && question.classList.contains('sp-user') && top - question.offsetTop < log.clientHeight / 3) {
      top = question.offsetTop;
    }
    log.scrollTop = top - 12;
  }

  function addUserMessage(text) {
    var message = el('div', 'sp-msg sp-user');
    message.appendChild(el('span', 'sp-visually-hidden', 'You: '));
    message.appendChild(el('div', 'sp-bubble', text));
    log.appendChild(message);
    input.removeAttribute('aria-describedby');
    scrollToEnd();
  }

  function removeOldSuggestions() {
    Array.prototype.forEach.call(log.querySelectorAll('.sp-suggestions'), function (node) {
      node.parentNode.removeChild(node);
    });
  }

  /** A bubble filled as the reply streams in; hidden from screen readers until the full message replaces it. */
  function addDraft() {
    var draft = el('div', 'sp-msg sp-bot sp-draft');
    draft.setAttribute('aria-hidden', 'true');
    var bubble = el('div', 'sp-bubble');
    draft.appendChild(bubble);
    return { node: draft, bubble: bubble, text: '' };
  }

  function triageBanner(level) {
    var emergency = level === 'EMERGENCY';
    var banner = el('div', 'sp-triage ' + (emergency ? 'sp-triage-emergency' : 'sp-triage-seek-care'));
    banner.setAttribute('data-level', level);
    banner.appendChild(el('p', 'sp-triage-title',
      emergency ? 'Please get help now' : 'Please pause and get checked soon'));
    var tel = emergency ? config.emergencyTel : (config.clinicTel || config.emergencyTel);
    if (tel) {
      var action = el('p', 'sp-triage-action');
      var label = emergency ? 'Call ' + tel : (config.clinicTel ? 'Call the clinic: ' + tel : 'Call ' + tel);
      action.appendChild(telLink(tel, label));
      banner.appendChild(action);
    }
    return banner;
  }

  function addBotMessage(response) {
    var message = el('div', 'sp-msg sp-bot');
    message.appendChild(el('span', 'sp-visually-hidden', config.title + ': '));
    var level = response.triage && response.triage.level;
    if (level === 'SEEK_CARE' || level === 'EMERGENCY') {
      message.appendChild(triageBanner(level));
    }
    var bubble = el('div', 'sp-bubble');
    renderMarkdown(bubble, typeof response.reply === 'string' ? response.reply : '');
    message.appendChild(bubble);

    var sources = Array.isArray(response.sources) ? response.sources : [];
    if (sources.length) {
      var sourceBox = el('div', 'sp-sources');
      sourceBox.appendChild(el('p', 'sp-sources-label', 'From the guidance:'));
      var list = el('ul');
      sources.slice(0, 6).forEach(function (source) {
        if (!source || typeof source.title !== 'string') {
          return;
        }
        var text = source.title + (source.section && source.section !== source.title ? ' \u2014 ' + source.section : '');
        list.appendChild(el('li', null, text));
      });
      sourceBox.appendChild(list);
      message.appendChild(sourceBox);
    }

    var suggestions = Array.isArray(response.suggestions) ? response.suggestions : [];
    if (suggestions.length) {
      var chips = el('div', 'sp-suggestions');
      chips.setAttribute('role', 'group');
      chips.setAttribute('aria-label', 'Suggested questions');
      suggestions.slice(0, 4).forEach(function (suggestion) {
        if (typeof suggestion !== 'string' || !suggestion.trim()) {
          return;
        }
        var chip = el('button', 'sp-chip', suggestion);
        chip.type = 'button';
        chip.addEventListener('click', function () {
          send(suggestion);
        });
        chips.appendChild(chip);
      });
      message.appendChild(chips);
    }
    var offers = Array.isArray(response.offers) ? response.offers : [];
    if (offers.indexOf('callback') >= 0) {
      message.appendChild(callbackOffer());
    }
    log.appendChild(message);
    scrollToShow(message);
  }

  // ---------------------------------------------------------------- after hours: ask the clinic to contact me

  var callbackCount = 0;

  /** A button that opens a short form; nothing is sent until the person ticks the consent box and sends it. */
  function callbackOffer() {
    var n = ++callbackCount;
    var box = el('div', 'sp-callback');
    var toggle = el('button', 'sp-callback-open', 'Ask the clinic to contact me');
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', 'sp-cb-' + n);
    box.appendChild(toggle);
    var formBox = el('div', 'sp-callback-body');
    formBox.id = 'sp-cb-' + n;
    formBox.hidden = true;
    box.appendChild(formBox);
    toggle.addEventListener('click', function () {
      var opening = formBox.hidden;
      formBox.hidden = !opening;
      toggle.setAttribute('aria-expanded', String(opening));
      if (opening && !formBox.firstChild) {
        buildCallbackForm(formBox, n, toggle);
      }
      if (opening) {
        var first = formBox.querySelector('input');
        if (first) {
          first.focus();
        }
      }
    });
    return box;
  }

  function field(form, n, name, labelText, control, hintText) {
    var wrap = el('div', 'sp-cb-field');
    var label = el('label', 'sp-cb-label', labelText);
    control.id = 'sp-cb-' + n + '-' + name;
    control.name = name;
    label.htmlFor = control.id;
    wrap.appendChild(label);
    var described = [];
    if (hintText) {
      var hint = el('p', 'sp-cb-hint', hintText);
      hint.id = control.id + '-hint';
      described.push(hint.id);
      wrap.appendChild(hint);
    }
    wrap.appendChild(control);
    var error = el('p', 'sp-cb-error');
    error.id = control.id + '-error';
    error.hidden = true;
    described.push(error.id);
    control.setAttribute('aria-describedby', described.join(' '));
    wrap.appendChild(error);
    form.appendChild(wrap);
    return control;
  }

  function buildCallbackForm(container, n, toggle) {
    var form = el('form', 'sp-cb-form');
    form.noValidate = true;
    form.setAttribute('aria-label', 'Ask the clinic to contact you');

    var methods = el('fieldset', 'sp-cb-methods');
    methods.appendChild(el('legend', 'sp-cb-label', 'How should the clinic contact you?'));
    var methodInputs = {};
    [['phone', 'Phone call'], ['sms', 'Text message'], ['email', 'E-mail']].forEach(function (choice, i) {
      var label = el('label', 'sp-audience-option');
      var radio = el('input');
      radio.type = 'radio';
      radio.name = 'sp-cb-' + n + '-method';
      radio.value = choice[0];
      radio.checked = i === 0;
      label.appendChild(radio);
      label.appendChild(el('span', null, choice[1]));
      methods.appendChild(label);
      methodInputs[choice[0]] = radio;
    });
    form.appendChild(methods);

    var value = el('input', 'sp-cb-input');
    value.type = 'tel';
    value.autocomplete = 'tel';
    value.maxLength = 254;
    value.required = true;
    field(form, n, 'value', 'Phone number', value, 'With the country code, e.g. +44 7700 900123');
    var valueLabel = form.querySelector('label[for="' + value.id + '"]');
    var valueHint = form.querySelector('#' + value.id + '-hint');
    function methodChanged() {
      var email = methodInputs.email.checked;
      value.type = email ? 'email' : 'tel';
      value.autocomplete = email ? 'email' : 'tel';
      valueLabel.textContent = email ? 'E-mail address' : 'Phone number';
      valueHint.textContent = email ? 'e.g. name@example.org' : 'With the country code, e.g. +44 7700 900123';
    }
    Object.keys(methodInputs).forEach(function (key) {
      methodInputs[key].addEventListener('change', methodChanged);
    });

    var name = el('input', 'sp-cb-input');
    name.maxLength = 60;
    name.autocomplete = 'given-name';
    field(form, n, 'name', 'What should they call you? (optional)', name);
    var times = el('input', 'sp-cb-input');
    times.maxLength = 200;
    field(form, n, 'preferredTimes', 'Good times to contact you (optional)', times);
    var note = el('textarea', 'sp-cb-input');
    note.rows = 2;
    note.maxLength = 500;
    field(form, n, 'note', 'Anything you would like them to know (optional)', note);

    var voicemailLabel = el('label', 'sp-cb-check');
    var voicemail = el('input');
    voicemail.type = 'checkbox';
    voicemail.name = 'voicemailOk';
    voicemailLabel.appendChild(voicemail);
    voicemailLabel.appendChild(el('span', null, 'A voicemail is OK'));
    form.appendChild(voicemailLabel);

    var consentWrap = el('div', 'sp-cb-field');
    var consentLabel = el('label', 'sp-cb-check');
    var consent = el('input');
    consent.type = 'checkbox';
    consent.id = 'sp-cb-' + n + '-consent';
    consent.name = 'consent';
    var consentText = el('span', 'sp-cb-consent', 'Loading what you are agreeing to\u2026');
    consentLabel.appendChild(consent);
    consentLabel.appendChild(consentText);
    consentWrap.appendChild(consentLabel);
    var consentError = el('p', 'sp-cb-error');
    consentError.id = consent.id + '-error';
    consentError.hidden = true;
    consent.setAttribute('aria-describedby', consentError.id);
    consentWrap.appendChild(consentError);
    form.appendChild(consentWrap);

    var actions = el('div', 'sp-cb-actions');
    var submit = el('button', 'sp-send', 'Send request');
    submit.type = 'submit';
    var cancel = el('button', 'sp-clear', 'Not now');
    cancel.type = 'button';
    actions.appendChild(submit);
    actions.appendChild(cancel);
    form.appendChild(actions);
    var formStatus = el('p', 'sp-cb-status');
    formStatus.setAttribute('role', 'status');
    form.appendChild(formStatus);
    container.appendChild(form);

    fetch(config.apiBase + '/api/v1/callbacks/consent', { credentials: 'omit', cache: 'no-store',
      referrerPolicy: 'no-referrer' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (c) { consentText.textContent = c.text; })
      .catch(function () {
        consentText.textContent = 'I agree that the clinic keeps these details to contact me, and deletes them afterwards.';
      });

    cancel.addEventListener('click', function () {
      container.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      toggle.focus();
    });

    var controls = { 'contact.value': value, 'contact.method': methodInputs.phone, contact: value, name: name,
      preferredTimes: times, note: note, consent: consent };

    function clearErrors() {
      Array.prototype.forEach.call(form.querySelectorAll('.sp-cb-error'), function (e) {
        e.hidden = true;
        e.textContent = '';
      });
      Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (c) {
        c.removeAttribute('aria-invalid');
      });
    }

    function showError(fieldName, text) {
      var control = controls[fieldName] || value;
      var error = form.querySelector('#' + control.id + '-error') || consentError;
      error.textContent = text;
      error.hidden = false;
      control.setAttribute('aria-invalid', 'true');
      control.focus();
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearErrors();
      if (!value.value.trim()) {
        showError('contact.value', methodInputs.email.checked ? 'Please enter your e-mail address.'
          : 'Please enter your phone number.');
        return;
      }
      if (!consent.checked) {
        showError('consent', 'Please tick the box if you agree; nothing is sent without it.');
        return;
      }
      var method = methodInputs.email.checked ? 'email' : (methodInputs.sms.checked ? 'sms' : 'phone');
      var body = { contact: { method: method, value: value.value.trim() }, voicemailOk: voicemail.checked,
        consent: true };
      if (name.value.trim()) { body.name = name.value.trim(); }
      if (times.value.trim()) { body.preferredTimes = times.value.trim(); }
      if (note.value.trim()) { body.note = note.value.trim(); }
      var sessionId = storage.get();
      if (sessionId) { body.sessionId = sessionId; }
      submit.disabled = true;
      formStatus.textContent = 'Sending your request\u2026';
      post('/api/v1/callbacks', JSON.stringify(body), 'application/json').then(function (response) {
        return response.text().then(function (text) {
          var data = parseJson(text) || {};
          if (response.status === 201) {
            confirmed(container, data);
            return;
          }
          submit.disabled = false;
          formStatus.textContent = '';
          if (response.status === 400 && data.field) {
            showError(data.field, data.detail || 'Please check this field.');
          } else if (response.status === 429) {
            formStatus.textContent = 'Please wait a little and send it again.';
          } else {
            formStatus.textContent = 'Sorry, the request could not be sent. Please try again, or call the clinic '
              + 'when it opens.';
          }
        });
      }, function () {
        submit.disabled = false;
        formStatus.textContent = 'Sorry, the request could not be sent. Please check your connection and try again.';
      });
    });
  }

  /** The confirmation, and a way to withdraw: the token lives only in this page's memory. */
  function confirmed(container, data) {
    while (container.firstChild) {
      container.removeChild(container.firstChild);
    }
    var done = el('div', 'sp-cb-done');
    var text = el('p', null, typeof data.reply === 'string' ? data.reply : 'Your request is with the clinic.');
    text.tabIndex = -1;
    text.setAttribute('role', 'status');
    done.appendChild(text);
    var withdraw = el('button', 'sp-clear', 'Withdraw this request');
    withdraw.type = 'button';
    withdraw.addEventListener('click', function () {
      withdraw.disabled = true;
      fetch(config.apiBase + '/api/v1/callbacks/' + encodeURIComponent(data.id), {
        method: 'DELETE', headers: { 'X-Withdraw-Token': data.withdrawToken }, credentials: 'omit',
        cache: 'no-store', referrerPolicy: 'no-referrer'
      }).then(function (r) {
        if (r.status === 204) {
          text.textContent = 'Your request was withdrawn and deleted.';
          withdraw.remove();
        } else {
          withdraw.disabled = false;
        }
      }, function () { withdraw.disabled = false; });
    });
    done.appendChild(withdraw);
    container.appendChild(done);
    text.focus();
  }

  function addSystemNote(text) {
    var note = el('div', 'sp-msg sp-note');
    note.appendChild(el('p', null, text));
    if (config.emergencyTel) {
      var urgent = el('p');
      urgent.appendChild(document.createTextNode('If you need urgent help, call '));
      urgent.appendChild(telLink(config.emergencyTel, config.emergencyTel));
      urgent.appendChild(document.createTextNode('.'));
      note.appendChild(urgent);
    }
    log.appendChild(note);
    scrollToEnd();
  }

  /** Sent only once the person chose: until then the server recognises a partner's voice on its own. */
  function chosenAudience() {
    if (audienceInputs.self.checked) {
      return 'self';
    }
    return audienceInputs.partner.checked ? 'partner' : null;
  }

  function setPending(pending) {
    state.pending = pending;
    sendButton.disabled = pending;
    typing.hidden = !pending;
    if (pending) {
      status.textContent = config.title + ' is writing a reply.';
    }
    Array.prototype.forEach.call(log.querySelectorAll('.sp-chip'), function (chip) {
      chip.disabled = pending;
    });
  }

  // ---------------------------------------------------------------- talking to the API

  function requestBody(text) {
    var body = { message: text };
    var sessionId = storage.get();
    if (sessionId) {
      body.sessionId = sessionId;
    }
    var audience = chosenAudience();
    if (audience) {
      body.audience = audience;
    }
    var lang = document.documentElement.lang;
    if (lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) {
      body.locale = lang;
    }
    return JSON.stringify(body);
  }

  function post(path, body, accept, signal) {
    return fetch(config.apiBase + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: accept },
      body: body,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: signal
    });
  }

  /** An HTTP answer the fallback cannot fix: the message itself was refused. */
  function RefusedError(status, retryAfter) {
    this.status = status;
    this.retryAfter = retryAfter;
  }

  function refusedIfClientError(response) {
    if (response.status === 400 || response.status === 413 || response.status === 415 || response.status === 429) {
      throw new RefusedError(response.status, response.headers.get('Retry-After'));
    }
  }

  /** Reads Server-Sent Events from a fetch body, calling onEvent(name, data) for each complete event. */
  function readEvents(response, onEvent) {
    var buffer = '';
    function drain(final) {
      var events = buffer.split(/\r\n\r\n|\n\n|\r\r/);
      buffer = final ? '' : events.pop();
      events.forEach(function (block) {
        var name = 'message';
        var data = [];
        block.split(/\r\n|\n|\r/).forEach(function (line) {
          if (!line || line.charAt(0) === ':') {
            return;
          }
          var colon = line.indexOf(':');
          var field = colon === -1 ? line : line.slice(0, colon);
          var value = colon === -1 ? '' : line.slice(colon + 1);
          if (value.charAt(0) === ' ') {
            value = value.slice(1);
          }
          if (field === 'event') {
            name = value;
          } else if (field === 'data') {
            data.push(value);
          }
        });
        if (data.length) {
          onEvent(name, data.join('\n'));
        }
      });
    }
    if (!response.body || !response.body.getReader) {
      return response.text().then(function (text) {
        buffer = text;
        drain(true);
      });
    }
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          buffer += decoder.decode();
          drain(true);
          return undefined;
        }
        buffer += decoder.decode(chunk.value, { stream: true });
        drain(false);
        return pump();
      });
    }
    return pump();
  }

  function parseJson(text) {
    try {
      return JSON.parse(text);
    } catch (e) {
      return undefined;
    }
  }

  function streamReply(body, draft, signal, generation) {
    var finalResponse = null;
    return post('/api/v1/chat/stream', body, 'text/event-stream', signal).then(function (response) {
      refusedIfClientError(response);
      var type = response.headers.get('Content-Type') || '';
      if (!response.ok || type.indexOf('text/event-stream') === -1) {
        throw new Error('no stream');
      }
      return readEvents(response, function (name, data) {
        if (generation !== state.generation) {
          return;
        }
        if (name === 'delta') {
          var parsed = parseJson(data);
          var chunk = parsed && typeof parsed.text === 'string' ? parsed.text : (typeof parsed === 'string' ? parsed : data);
          if (!draft.node.parentNode) {
            typing.hidden = true;
            log.appendChild(draft.node);
          }
          draft.text += chunk;
          renderMarkdown(draft.bubble, draft.text);
          scrollToEnd();
        } else if (name === 'final') {
          var response = parseJson(data);
          if (response && typeof response === 'object') {
            finalResponse = response;
          }
        }
      });
    }).then(function () {
      if (!finalResponse) {
        throw new Error('stream ended without a final event');
      }
      return finalResponse;
    });
  }

  function plainReply(body, signal) {
    return post('/api/v1/chat', body, 'application/json', signal).then(function (response) {
      refusedIfClientError(response);
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function send(rawText) {
    var text = String(rawText || '').trim();
    if (!text || state.pending) {
      return;
    }
    if (text.length > MAX_MESSAGE) {
      status.textContent = 'Messages can be up to ' + MAX_MESSAGE + ' characters.';
      return;
    }
    removeOldSuggestions();
    addUserMessage(text);
    input.value = '';
    setPending(true);
    var generation = state.generation;
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    state.controller = controller;
    var signal = controller ? controller.signal : undefined;
    var body = requestBody(text);
    var draft = addDraft();

    streamReply(body, draft, signal, generation)
      .catch(function (error) {
        if (error instanceof RefusedError || generation !== state.generation) {
          throw error;
        }
        // The stream is not available (an old proxy, an error mid-way): ask once more without streaming.
        return plainReply(body, signal);
      })
      .then(function (response) {
        if (generation !== state.generation) {
          return;
        }
        if (draft.node.parentNode) {
          draft.node.parentNode.removeChild(draft.node);
        }
        if (response && typeof response.sessionId === 'string' && response.sessionId) {
          storage.set(response.sessionId);
        }
        addBotMessage(response || {});
        status.textContent = '';
      })
      .catch(function (error) {
        if (generation !== state.generation) {
          return;
        }
        if (draft.node.parentNode) {
          draft.node.parentNode.removeChild(draft.node);
        }
        if (error instanceof RefusedError && error.status === 429) {
          addSystemNote('You are sending messages quickly. Please wait ' +
            (/^\d+$/.test(error.retryAfter || '') ? error.retryAfter + ' seconds' : 'a moment') + ' and try again.');
        } else if (error instanceof RefusedError) {
          addSystemNote('That message could not be sent. Messages can be up to ' + MAX_MESSAGE + ' characters.');
        } else {
          addSystemNote(config.title + ' cannot be reached right now. Please try again in a moment.');
        }
      })
      .then(function () {
        if (generation === state.generation) {
          setPending(false);
        }
      });
  }

  // ---------------------------------------------------------------- forgetting: clear and quick exit

  /** Deletes the session on the server and erases everything the widget holds in this page. */
  function forget() {
    var sessionId = storage.get();
    state.generation += 1;
    if (state.controller) {
      state.controller.abort();
      state.controller = null;
    }
    if (sessionId) {
      // keepalive: the DELETE is delivered even when the page is replaced straight after.
      fetch(config.apiBase + '/api/v1/sessions/' + encodeURIComponent(sessionId), {
        method: 'DELETE',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        keepalive: true
      }).catch(function () {
        // The server forgets idle sessions on its own; nothing more to do here.
      });
    }
    storage.clear();
    input.value = '';
    audienceInputs.self.checked = false;
    audienceInputs.partner.checked = false;
    setPending(false);
    resetLog();
  }

  function quickExit() {
    forget();
    panel.hidden = true;
    // replace(): the chat page is not left in the history, so Back does not return to it.
    window.location.replace(config.exitUrl);
  }

  // ---------------------------------------------------------------- opening, closing, keys

  function openPanel() {
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute('aria-expanded', 'true');
    root.classList.add('sp-open');
    scrollToEnd();
    input.focus();
  }

  function closePanel() {
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute('aria-expanded', 'false');
    root.classList.remove('sp-open');
    launcher.focus();
  }

  // On a phone the panel covers the whole page (the CSS's 600 px breakpoint): it is then modal, and Tab wraps around
  // inside it instead of moving to links hidden behind it.
  var fullScreen = window.matchMedia('(max-width: 600px)');
  function syncModal() {
    if (fullScreen.matches) {
      panel.setAttribute('aria-modal', 'true');
    } else {
      panel.removeAttribute('aria-modal');
    }
  }
  syncModal();
  if (fullScreen.addEventListener) {
    fullScreen.addEventListener('change', syncModal);
  }

  panel.addEventListener('keydown', function (event) {
    if (event.key !== 'Tab' || !fullScreen.matches) {
      return;
    }
    var focusable = Array.prototype.filter.call(
      panel.querySelectorAll('button, a[href], input, textarea, [tabindex]:not([tabindex="-1"])'),
      function (node) { return !node.disabled && node.getClientRects().length > 0; });
    if (focusable.length === 0) {
      return;
    }
    var first = focusable[0];
    var last = focusable[focusable.length - 1];
    if (event.shiftKey && shadow.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && shadow.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });

  launcher.addEventListener('click', openPanel);
  closeButton.addEventListener('click', closePanel);
  exitButton.addEventListener('click', quickExit);
  clearButton.addEventListener('click', function () {
    forget();
    status.textContent = 'Conversation cleared.';
    input.focus();
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    send(input.value);
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send(input.value);
    }
  });

  var lastEscape = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || event.repeat) {
      return;
    }
    var inWidget = event.composedPath().indexOf(host) !== -1;
    if (!inWidget && panel.hidden) {
      return;
    }
    var now = Date.now();
    if (now - lastEscape < ESC_WINDOW_MS) {
      lastEscape = 0;
      event.preventDefault();
      quickExit();
      return;
    }
    lastEscape = now;
    if (!panel.hidden) {
      event.preventDefault();
      closePanel();
    }
  }, true);
})();
