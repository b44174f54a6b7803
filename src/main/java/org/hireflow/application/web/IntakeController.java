package org.hireflow.application.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.hireflow.application.Cv;
import org.hireflow.application.IntakeService;
import org.hireflow.application.IntakeService.Receipt;
import org.hireflow.application.Submission;
import org.hireflow.platform.web.Problem;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The candidate's door: submit an application as JSON, or as multipart with the JSON in
 * part {@code application} and an optional PDF in part {@code cv}. An
 * {@code Idempotency-Key} header makes a retry return the first result.
 */
@RestController
@RequestMapping("/api/public/vacancies/{vacancyReference}/applications")
@Tag(name = "Public: applications")
class IntakeController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final String KEY = "Any unique string of 1 to 100 visible ASCII characters: a retry with the same key "
			+ "returns the first result (Idempotent-Replayed: true)";

	private static final String EXAMPLE = """
			{"email": "amelie.durand@example.org", "givenName": "Amélie", "familyName": "Durand",
			 "dateOfBirth": "1990-05-17", "nationalities": ["FR", "CA"], "appliedNationality": "FR",
			 "languages": [{"language": "en", "level": 5}, {"language": "fr", "level": 5}],
			 "highestDegree": "MASTER", "yearsOfExperience": 8, "correspondenceLanguage": "fr",
			 "declarations": {"militaryServiceObligationsMet": true, "closelyRelatedToStaffMember": false},
			 "answers": [{"questionCode": "motivation", "text": "I have led teams of analysts for six years."}]}""";

	private final IntakeService intake;

	private final SubmissionReader reader;

	private final Counter received;

	IntakeController(IntakeService intake, SubmissionReader reader, MeterRegistry registry) {
		this.intake = intake;
		this.reader = reader;
		this.received = Counter.builder("hireflow.intake.applications")
			.description("Applications received (committed; a replayed retry is not counted again)")
			.register(registry);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "submitApplication", summary = "Submit an application (JSON)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ApplicationRequest.class),
							examples = @ExampleObject(name = "amelie", value = EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Received; Location names the application",
			headers = @Header(name = "Location", description = "/api/applications/{reference}",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "409",
			description = "applications-closed (not open, or closed) or already-applied (this email, this vacancy)")
	@ApiResponse(responseCode = "422",
			description = "idempotency-key-reused: the key came with another application before")
	ResponseEntity<ApplicationReceipt> submit(@PathVariable String vacancyReference, @RequestBody String body,
			@Parameter(description = KEY) @RequestHeader(name = IDEMPOTENCY_KEY,
					required = false) String idempotencyKey) {
		return accept(vacancyReference, body, Optional.empty(), idempotencyKey,
				fingerprint(vacancyReference, body, null));
	}

	/** The multipart form as the description shows it. */
	record ApplicationWithCv(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ApplicationRequest application,
			@Schema(type = "string", format = "binary", description = "The CV, a PDF (5 MB at most)") String cv) {
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "submitApplicationWithCv",
			summary = "Submit an application with a CV (multipart: part 'application' as JSON, part 'cv' as PDF)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
					schema = @Schema(implementation = ApplicationWithCv.class),
					encoding = { @Encoding(name = "application", contentType = MediaType.APPLICATION_JSON_VALUE),
							@Encoding(name = "cv", contentType = MediaType.APPLICATION_PDF_VALUE) })))
	// one operation with the JSON form in the description: 201, 409 and 422 are declared
	// there
	@ApiResponse(responseCode = "413", description = "payload-too-large: the body, or the CV, is too large")
	@ApiResponse(responseCode = "415", description = "cv-not-pdf: the CV is not a PDF document")
	ResponseEntity<ApplicationReceipt> submitWithCv(@PathVariable String vacancyReference,
			@RequestPart("application") String body, @RequestPart(name = "cv", required = false) MultipartFile cv,
			@Parameter(description = KEY) @RequestHeader(name = IDEMPOTENCY_KEY,
					required = false) String idempotencyKey)
			throws IOException {
		Optional<Cv> file = cv == null || cv.isEmpty() ? Optional.empty()
				: Optional.of(new Cv(cv.getOriginalFilename(), cv.getBytes()));
		return accept(vacancyReference, body, file, idempotencyKey,
				fingerprint(vacancyReference, body, file.map(Cv::sha256).orElse(null)));
	}

	private ResponseEntity<ApplicationReceipt> accept(String vacancyReference, String body, Optional<Cv> cv,
			String idempotencyKey, String fingerprint) {
		checkKey(idempotencyKey);
		Submission submission = reader.read(body);
		Receipt receipt;
		try {
			receipt = intake.submit(vacancyReference, submission, cv, idempotencyKey, fingerprint);
		}
		catch (DataIntegrityViolationException ex) {
			if (!UniqueViolations.causedBy(ex)) {
				throw ex;
			}
			// Another request created the same candidate or application meanwhile: the
			// second attempt sees it
			// and answers as for a duplicate.
			receipt = intake.submit(vacancyReference, submission, cv, idempotencyKey, fingerprint);
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/applications/" + receipt.application().getReference()));
		if (receipt.replayed()) {
			response.header("Idempotent-Replayed", "true");
		}
		else {
			received.increment();
		}
		return response.body(ApplicationReceipt.of(receipt.application()));
	}

	private static void checkKey(String key) {
		if (key != null && (key.isBlank() || key.length() > 100 || !key.matches("[\\x21-\\x7E]+"))) {
			throw Problem.invalid("Idempotency-Key must be 1 to 100 visible ASCII characters.");
		}
	}

	private static String fingerprint(String vacancyReference, String body, String cvSha256) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((vacancyReference + "\n").getBytes(StandardCharsets.UTF_8));
			digest.update(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
			if (cvSha256 != null) {
				digest.update(cvSha256.getBytes(StandardCharsets.US_ASCII));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
