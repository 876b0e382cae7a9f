// The back office's one script. Every form works without it: it only warns before leaving unsaved changes, and turns
// the text field of the edit page into a Markdown editor (EasyMDE, linked by that page only) with a toolbar, a
// preview made by the site's own renderer, a word count and a picker of the site's images; the field itself stays in
// the form and is what is sent. While the text is typed, a copy of it is kept on the server every few seconds.
(function () {
  'use strict';

  // What the script writes, in the page's language: the page gives it (see the script-texts tag).
  var texts = (document.getElementById('script-texts') || {dataset: {}}).dataset;

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
  // Sending the form saves the changes; another form (the image picker's upload, discarding a copy) does not.
  document.addEventListener('submit', function (event) {
    if (event.target.hasAttribute('data-unsaved-warning')) {
      unsaved = false;
    }
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
            preview.textContent = texts.previewFailed;
          }
        });
      }, 250);
      return preview.innerHTML;
    };
  }

  // An image uploaded in the picker can be the featured image at once, without reloading the page.
  function offerAsFeatured(image) {
    var featured = document.getElementById('image');
    if (featured instanceof HTMLSelectElement && !featured.querySelector('option[value="' + image.id + '"]')) {
      featured.add(new Option(image.alt, String(image.id)));
    }
  }

  // The picker of the site's images, in its dialog: the images a page at a time, each inserted by a click, and an
  // upload that inserts the new image. {@code insert} puts a Markdown line where the cursor is.
  function imagePicker(dialog, insert) {
    var list = dialog.querySelector('.picker-images');
    var status = dialog.querySelector('.picker-status');
    var more = dialog.querySelector('[data-more]');
    var upload = dialog.querySelector('form');
    var next = dialog.getAttribute('data-images');
    var started = false;

    function choose(image) {
      dialog.close();
      insert(image.markdown);
    }
    function add(image) {
      var item = document.createElement('li');
      var choice = document.createElement('button');
      choice.type = 'button';
      choice.className = 'picker-image';
      var thumbnail = document.createElement('img');
      thumbnail.src = image.thumbnail;
      thumbnail.alt = '';
      thumbnail.width = image.width;
      thumbnail.height = image.height;
      var label = document.createElement('span');
      label.textContent = image.alt;
      choice.append(thumbnail, label);
      choice.addEventListener('click', function () {
        choose(image);
      });
      item.append(choice);
      list.append(item);
    }
    function load() {
      status.textContent = texts.loadingImages;
      fetch(next, {credentials: 'same-origin'}).then(function (response) {
        return response.ok ? response.json() : Promise.reject(new Error(String(response.status)));
      }).then(function (page) {
        page.images.forEach(add);
        next = page.next;
        more.hidden = !next;
        status.textContent = list.children.length ? '' : texts.noImages;
      }).catch(function () {
        status.textContent = texts.imagesFailed;
      });
    }
    more.addEventListener('click', load);
    dialog.querySelector('[data-close]').addEventListener('click', function () {
      dialog.close();
    });
    if (upload) {
      upload.addEventListener('submit', function (event) {
        event.preventDefault();
        status.textContent = texts.uploading;
        fetch(upload.action, {method: 'POST', body: new FormData(upload), credentials: 'same-origin'})
          .then(function (response) {
            return response.json().catch(function () {
              return {error: texts.uploadFailed};
            });
          }).then(function (image) {
            if (image.error) {
              status.textContent = image.error;
              return;
            }
            upload.reset();
            offerAsFeatured(image);
            // Listed anew at the next opening, the new image first.
            list.textContent = '';
            next = dialog.getAttribute('data-images');
            started = false;
            choose(image);
          }).catch(function () {
            status.textContent = texts.uploadFailed;
          });
      });
    }
    return function open() {
      if (!started) {
        started = true;
        load();
      }
      dialog.showModal();
    };
  }

  // Keeps a copy of the form's text on the server every few seconds while it changes, so that a closed tab or a lost
  // connection loses little; the copy is only a copy: the form is saved by its own buttons, which delete it. Returns
  // what to call when the text changed.
  var AUTOSAVE_EVERY_MS = 5000;
  function autosaver(textarea) {
    var form = textarea.form;
    var url = textarea.getAttribute('data-autosave');
    var status = form.querySelector('.autosave-status');
    var changed = false;
    var sending = false;
    function send() {
      if (!changed || sending) {
        return;
      }
      changed = false;
      sending = true;
      var body = new URLSearchParams();
      ['_csrf', 'title', 'slug', 'excerpt', 'body'].forEach(function (name) {
        var field = form.elements.namedItem(name);
        if (field) {
          body.append(name, field.value);
        }
      });
      fetch(url, {method: 'POST', body: body, credentials: 'same-origin'}).then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        status.textContent = texts.autosaved.replace('{0}',
          new Date().toLocaleTimeString(document.documentElement.lang, {hour: '2-digit', minute: '2-digit'}));
      }).catch(function () {
        changed = true;
        status.textContent = texts.autosaveFailed;
      }).finally(function () {
        sending = false;
      });
    }
    var timer = setInterval(send, AUTOSAVE_EVERY_MS);
    form.addEventListener('input', function () {
      changed = true;
    });
    // The form is being saved: a copy sent now would outlive the save.
    form.addEventListener('submit', function () {
      clearInterval(timer);
      changed = false;
    });
    return function () {
      changed = true;
    };
  }

  // The Markdown editor over the text's field; {@code changed} is called at each change of the text.
  function markdownEditor(textarea, changed) {
    var form = textarea.form;
    var csrf = form.elements._csrf.value;
    var pickerDialog = document.getElementById(textarea.getAttribute('data-image-picker'));
    var editor = null;
    var insertImage = pickerDialog && imagePicker(pickerDialog, function (markdown) {
      editor.codemirror.replaceSelection(markdown);
      editor.codemirror.focus();
    });
    var EasyMDE = window.EasyMDE;
    editor = new EasyMDE({
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
        button('bold', texts.bold, EasyMDE.toggleBold),
        button('italic', texts.italic, EasyMDE.toggleItalic),
        button('heading', texts.heading, EasyMDE.toggleHeading2),
        '|',
        button('quote', texts.quote, EasyMDE.toggleBlockquote),
        button('unordered-list', texts.list, EasyMDE.toggleUnorderedList),
        button('ordered-list', texts.numberedList, EasyMDE.toggleOrderedList),
        button('link', texts.link, EasyMDE.drawLink)
      ].concat(insertImage ? [button('image', texts.image, insertImage)] : [], [
        '|',
        button('preview', texts.preview, EasyMDE.togglePreview, {noDisable: true}),
        button('side-by-side', texts.sideBySide, EasyMDE.toggleSideBySide, {noDisable: true})
      ])
    });
    var codemirror = editor.codemirror;
    // The field's label and language go to what is typed in now; the toolbar is reached with Tab.
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    codemirror.setOption('screenReaderLabel', label ? label.textContent : textarea.name);
    if (textarea.lang) {
      codemirror.getInputField().setAttribute('lang', textarea.lang);
    }
    Object.keys(editor.toolbarElements).forEach(function (name) {
      editor.toolbarElements[name].tabIndex = 0;
    });
    // The status bar's counts, named in the page's language (the style sheet shows the name before the number).
    ['words', 'lines'].forEach(function (count) {
      var shown = editor.gui.statusbar && editor.gui.statusbar.querySelector('.' + count);
      if (shown) {
        shown.setAttribute('data-label', texts[count]);
      }
    });
    codemirror.on('change', function () {
      markUnsaved();
      changed();
    });
    return editor;
  }

  document.querySelectorAll('textarea[data-markdown-editor]').forEach(function (textarea) {
    var changed = textarea.hasAttribute('data-autosave') ? autosaver(textarea) : function () {};
    if (window.EasyMDE) {
      markdownEditor(textarea, changed);
    }
  });
})();
