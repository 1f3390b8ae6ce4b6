// A POST whose upload can be watched: fetch() cannot report how much of a
// request body has gone out, XMLHttpRequest can. Used for logbook files of up
// to 32 MB, which take a while on a dropzone's connection.

export type UploadPhase = { phase: "sending"; sent: number; total: number } | { phase: "checking" };

export interface UploadAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** Send `body` to `url`; `onProgress` hears the bytes sent, then that the server is working. Rejects when nothing came back (no connection). */
export function postWithProgress(url: string, body: Blob | string, contentType: string, onProgress: (phase: UploadPhase) => void): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("content-type", contentType);
    request.responseType = "text";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ phase: "sending", sent: event.loaded, total: event.total });
    };
    // Every byte is out: what is left is the server reading and checking the rows.
    request.upload.onload = () => onProgress({ phase: "checking" });
    request.onload = () => {
      let parsed: Record<string, unknown> = {};
      try {
        parsed = JSON.parse(request.responseText) as Record<string, unknown>;
      } catch {
        parsed = { error: `The server answered ${request.status} without a readable body` };
      }
      resolve({ status: request.status, body: parsed });
    };
    request.onerror = () => reject(new Error("network"));
    request.onabort = () => reject(new Error("aborted"));
    request.send(body);
  });
}
