// The back office's one script. Every form works without it: it only warns before leaving unsaved changes, and turns
// the text field of the edit page into a Markdown editor (EasyMDE, linked by that page only) with a toolbar, a
// preview made by the site's own renderer, and a word count; the field itself stays in the form and is what is sent.
(function () {
  'use strict';

  // Warns before leaving a page whose editing form holds changes not yet saved: a link followed, going back or
  // closing the tab would lose typed text.
  var unsaved = false;
  function markUnsaved() {
    unsaved = true;
  }
  function watched(target) {
    return target.form instanceof HTMLFormElement && target.form.hasAttribute('data-unsaved-warning');
  }
  // Fields may sit outside their form's element (the form attribute), so changes are followed on the document.
  ['input', 'change'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (watched(event.target)) {
        markUnsaved();
      }
    });
  });
  document.addEventListener('submit', function () {
    unsaved = false;
  });
  window.addEventListener('beforeunload', function (event) {
    if (unsaved) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // A toolbar button labelled in words: the icons EasyMDE would fetch from elsewhere are not used.
  function button(name, label, action, more) {
    var options = {name: name, text: label, title: label, action: action};
    Object.keys(more || {}).forEach(function (key) {
      options[key] = more[key];
    });
    return options;
  }

  // The preview as the site shows the text: rendered and sanitized by the server, a moment after typing stops. What
  // was shown stays until the new one comes.
  function serverPreview(url, csrf) {
    var timer = null;
    var asked = 0;
    return function (text, preview) {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var request = ++asked;
        var body = new URLSearchParams();
        body.append('_csrf', csrf);
        body.append('body', text);
        fetch(url, {method: 'POST', body: body, credentials: 'same-origin'}).then(function (response) {
          return response.ok ? response.text() : Promise.reject(new Error(String(response.status)));
        }).then(function (html) {
          if (request === asked) {
            preview.innerHTML = html;
          }
        }).catch(function () {
          if (request === asked) {
            preview.textContent = 'The preview cannot be shown just now; the text is not affected.';
          }
        });
      }, 250);
      return preview.innerHTML;
    };
  }

  function markdownEditor(textarea) {
    var form = textarea.form;
    var csrf = form.elements._csrf.value;
    var editor = new window.EasyMDE({
      element: textarea,
      // No Font Awesome from a CDN, no dictionaries downloaded: the browser's own spelling check.
      autoDownloadFontAwesome: false,
      spellChecker: false,
      nativeSpellcheck: true,
      inputStyle: 'contenteditable',
      // The field holds the text at every moment, so that whatever sends the form sends what is shown.
      forceSync: true,
      sideBySideFullscreen: false,
      direction: textarea.dir === 'rtl' ? 'rtl' : 'ltr',
      minHeight: '16rem',
      status: ['words', 'lines'],
      previewClass: ['editor-preview', 'prose'],
      previewRender: serverPreview(textarea.getAttribute('data-preview'), csrf),
      toolbar: [
        button('bold', 'Bold', window.EasyMDE.toggleBold),
        button('italic', 'Italic', window.EasyMDE.toggleItalic),
        button('heading', 'Heading', window.EasyMDE.toggleHeading2),
        '|',
        button('quote', 'Quote', window.EasyMDE.toggleBlockquote),
        button('unordered-list', 'List', window.EasyMDE.toggleUnorderedList),
        button('ordered-list', 'Numbered list', window.EasyMDE.toggleOrderedList),
        button('link', 'Link', window.EasyMDE.drawLink),
        '|',
        button('preview', 'Preview', window.EasyMDE.togglePreview, {noDisable: true}),
        button('side-by-side', 'Side by side', window.EasyMDE.toggleSideBySide, {noDisable: true})
      ]
    });
    var codemirror = editor.codemirror;
    // The field's label, language and writing direction go to what is typed in now; the toolbar is reached with Tab.
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    codemirror.setOption('screenReaderLabel', label ? label.textContent : textarea.name);
    if (textarea.lang) {
      codemirror.getInputField().setAttribute('lang', textarea.lang);
    }
    Object.keys(editor.toolbarElements).forEach(function (name) {
      editor.toolbarElements[name].tabIndex = 0;
    });
    codemirror.on('change', markUnsaved);
    return editor;
  }

  if (window.EasyMDE) {
    document.querySelectorAll('textarea[data-markdown-editor]').forEach(markdownEditor);
  }
})();
