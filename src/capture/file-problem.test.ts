import { expect } from '@open-wc/testing';
import { en } from '../i18n/registry.js';
import { fileProblemText } from './file-problem.js';
import { ENCODING, isDocumentKind } from './types.js';

describe('fileProblemText', () => {
  it('tells the applicant why a file was refused', () => {
    expect(fileProblemText(en, 'heic_corrupt', 1)).to.equal(en.fileHeicCorrupt);
    expect(fileProblemText(en, 'heic_unsupported', 1)).to.equal(en.fileHeicUnsupported);
    expect(fileProblemText(en, 'not_image', 1)).to.equal(en.fileNotImage);
    expect(fileProblemText(en, 'unreadable', 1)).to.equal(en.fileUnreadable);
    expect(fileProblemText(en, 'pdf_encrypted', 1)).to.equal(en.filePdfEncrypted);
    expect(fileProblemText(en, 'pdf_corrupt', 1)).to.equal(en.filePdfCorrupt);
  });
  it('gives the size limit in whole megabytes, rounded down', () => {
    expect(fileProblemText(en, 'too_large', 10 * 1024 * 1024)).to.equal(en.fileTooLarge(10));
    expect(fileProblemText(en, 'too_large', 15.9 * 1024 * 1024)).to.equal(en.fileTooLarge(15));
    expect(fileProblemText(en, 'pdf_too_large', 10 * 1024 * 1024)).to.equal(en.filePdfTooLarge(10));
  });
});

describe('capture kinds', () => {
  it('tells a document side from the selfie', () => {
    expect(isDocumentKind('document_front')).to.equal(true);
    expect(isDocumentKind('document_back')).to.equal(true);
    expect(isDocumentKind('selfie')).to.equal(false);
  });
  it('keeps documents larger than faces', () => {
    expect(ENCODING.document.maxLongSide).to.be.greaterThan(ENCODING.face.maxLongSide);
    expect(ENCODING.document.maxBytes).to.be.greaterThan(ENCODING.face.maxBytes);
  });
});
