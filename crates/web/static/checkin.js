// Check-in by camera: where the browser can read QR codes (the BarcodeDetector API, e.g.
// Chrome on Android), a button opens the camera; a badge's code fills the code field and
// submits it. Everywhere else the page works as it is: type the code or use the list.
(() => {
  const form = document.getElementById('code-form');
  const input = document.getElementById('code');
  const button = document.getElementById('scan');
  const video = document.getElementById('scan-video');
  if (!form || !input || !button || !video) return;
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices?.getUserMedia) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch {
      button.hidden = true;
      input.focus();
      return;
    }
    const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    const look = async () => {
      const found = await detector.detect(video).catch(() => []);
      const code = found.map((c) => c.rawValue).find((v) => /^[A-Z0-9]{6,16}$/.test(v));
      if (code) {
        stream.getTracks().forEach((t) => t.stop());
        input.value = code;
        form.submit();
      } else {
        requestAnimationFrame(look);
      }
    };
    look();
  });
})();
