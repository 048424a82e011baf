// Progressive enhancement: shows upload progress for forms marked data-upload-progress.
// Without JavaScript the form posts normally.
for (const form of document.querySelectorAll('form[data-upload-progress]')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const box = form.querySelector('.app-upload-progress');
    const bar = form.querySelector('progress');
    const status = form.querySelector('[data-upload-status]');
    box.hidden = false;
    const request = new XMLHttpRequest();
    request.open('POST', form.action || window.location.href);
    request.upload.addEventListener('progress', (e) => {
      if (!e.lengthComputable) return;
      const percent = Math.round((100 * e.loaded) / e.total);
      bar.value = percent;
      status.textContent = percent < 100 ? `${percent}% uploaded` : 'Uploaded. Checking the files against the DfE rules…';
    });
    request.addEventListener('load', () => {
      // A redirect lands on the check page; a page with errors replaces this one.
      if (request.responseURL && request.responseURL !== window.location.href) window.location.assign(request.responseURL);
      else { document.open(); document.write(request.responseText); document.close(); }
    });
    request.addEventListener('error', () => { status.textContent = 'The upload failed. Check your connection and try again.'; });
    request.send(new FormData(form));
  });
}
