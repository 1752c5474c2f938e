## Cloud platforms, developer services and package registries:
## AWS, Google Cloud, GitHub, GitLab, Stripe, Twilio, Slack, Discord, Kubernetes,
## container registries, npm, PyPI and Cloudflare.

## AWS

aws-iam-not-authorized = AWS IAM denied the call: the principal is not allowed to perform this action on this resource
    .cause = The identity in the message (user or assumed role ARN) has no Allow for this action on this resource, or an explicit Deny wins: an identity policy, a service control policy (SCP), a permissions boundary, a session policy or the resource's own policy.
    .analysis-1 = AccessDenied / AccessDeniedException with "is not authorized to perform: service:Action on resource: arn" is an authorization failure, not a credential problem: AWS knows exactly who called. Retrying cannot help.
    .analysis-2 = The tail of the message tells you which policy type blocked it: "because no identity-based policy allows" (add an Allow to the role/user), "with an explicit deny in a service control policy" (ask the organization admin), "in a permissions boundary", or "because no resource-based policy allows" (bucket, key or secret policy).
    .fix-1 = Check that the caller is who you expect (aws sts get-caller-identity): a wrong profile, a leftover AWS_ACCESS_KEY_ID or the wrong instance/task role is the most common cause. Then test the exact action and resource with the IAM policy simulator (aws iam simulate-principal-policy or https://policysim.aws.amazon.com/).
    .fix-2 = Add the missing action, scoped to the resource ARN from the message, to the role or user in the IAM console (https://console.aws.amazon.com/iam/ > Roles > the role > Add permissions > Create inline policy).
    .fix-3 = For cross-account calls (sts:AssumeRole, S3, KMS, Secrets Manager) both sides must allow it: the caller's identity policy AND the target's trust policy or resource policy. An SCP or permissions-boundary deny can only be lifted by whoever owns it.
    .prevention-1 = Keep least-privilege policies in infrastructure code (Terraform, CDK, CloudFormation) and validate them with IAM Access Analyzer policy checks in CI.
    .prevention-2 = Log the ARN from get-caller-identity at startup so the identity in use is never a guess.

aws-access-denied = AWS returned AccessDenied: the request was refused by a policy, an ACL or encryption settings
    .cause = For S3 the plain "Access Denied" hides the reason: a bucket policy Deny, missing s3:GetObject/PutObject for this principal, object ownership/ACLs, S3 Block Public Access, or no permission on the KMS key that encrypts the object. A GET on a key that does not exist also returns 403 when the caller lacks s3:ListBucket.
    .translation = "Access Denied": the caller is not allowed to perform this request.
    .analysis-1 = 403 AccessDenied is an authorization failure. The credentials were valid (otherwise the code would be InvalidAccessKeyId or SignatureDoesNotMatch); a policy decided against this call.
    .analysis-2 = S3 deliberately returns 403 instead of 404 for missing keys when you cannot list the bucket, so a typo in the key can look like a permission problem.
    .fix-1 = Confirm the identity (aws sts get-caller-identity) and that its IAM policy allows the exact action on arn:aws:s3:::bucket/key (objects) or arn:aws:s3:::bucket (ListBucket), then read the bucket policy for an explicit Deny (conditions on aws:SourceVpce, aws:SecureTransport, aws:PrincipalOrgID are frequent culprits).
    .fix-2 = If the object is SSE-KMS encrypted, grant kms:Decrypt (reads) or kms:GenerateDataKey (writes) on that key, in the key policy as well as in IAM.
    .fix-3 = For uploads to another account's bucket, set Object Ownership to "Bucket owner enforced" or send x-amz-acl: bucket-owner-full-control if the bucket policy requires it; for public access, check Block Public Access at account and bucket level.
    .prevention-1 = Add s3:ListBucket on the bucket so missing keys show up as 404 NoSuchKey instead of 403.
    .prevention-2 = Use IAM Access Analyzer and S3 server access logs or CloudTrail data events to see which statement denies a request.

aws-s3-head-forbidden = S3 answered 403 Forbidden to a HEAD request (HeadObject/HeadBucket), which carries no reason
    .cause = HEAD responses have no body, so S3 cannot say why: usually the principal lacks s3:GetObject (HeadObject) or s3:ListBucket (HeadBucket), the key is missing and ListBucket is not granted, the object is KMS-encrypted with a key you cannot use, or a bucket policy denies the call.
    .analysis-1 = The error code is just the status "403" because the response to HEAD has no XML body. aws s3 cp/sync run HeadObject first, so they fail with this message before any download starts.
    .analysis-2 = It is an authorization failure, not a credential one; retrying does not change it.
    .fix-1 = Repeat the access with a call that returns a body (aws s3api get-object-attributes or list-objects-v2 on the same key) to get the real error code.
    .fix-2 = Grant s3:GetObject on arn:aws:s3:::bucket/key and s3:ListBucket on arn:aws:s3:::bucket to the caller (aws sts get-caller-identity), plus kms:Decrypt if the object uses SSE-KMS.
    .fix-3 = Check the bucket policy for Deny statements with conditions your request does not meet (VPC endpoint, TLS, organization id).
    .prevention-1 = Grant ListBucket alongside GetObject so a missing object yields 404 rather than a misleading 403.

aws-s3-presigned-expired = The S3 presigned URL has expired
    .cause = The URL's X-Amz-Expires window has passed, or the temporary credentials (STS role, SSO, instance profile) used to sign it expired earlier: a presigned URL never outlives the credentials that signed it.
    .translation = "Request has expired": the signature's validity period is over.
    .analysis-1 = S3 returns 403 AccessDenied with the message "Request has expired" and includes Expires and ServerTime in the body so you can compare the two.
    .analysis-2 = A URL signed by a role session stops working when that session ends (often within 1 to 12 hours), even if ExpiresIn asked for 7 days.
    .fix-1 = Generate a fresh URL right before handing it out, with ExpiresIn sized to the real use (maximum 604800 seconds with SigV4).
    .fix-2 = For long-lived links, sign with credentials that live at least as long (an IAM user's access key), or serve the object through CloudFront signed URLs instead.
    .fix-3 = If the URL expires immediately, check the clock of the machine that signed it (a clock ahead of AWS makes the window look already elapsed).
    .prevention-1 = Never store presigned URLs in databases or caches longer than their lifetime; store the bucket and key and sign on demand.

aws-unauthorized-operation = EC2 refused the call: UnauthorizedOperation
    .cause = The IAM identity lacks the ec2 action (or a condition such as a required tag, region or instance type is not met), or an SCP or permissions boundary denies it. EC2 hides the details in an encoded authorization message.
    .translation = "You are not authorized to perform this operation": the caller lacks permission for this EC2 action.
    .analysis-1 = UnauthorizedOperation (HTTP 403) is EC2's access-denied code. The "Encoded authorization failure message" is an opaque blob that names the denied action, resource and the matching policy statement once decoded.
    .analysis-2 = RunInstances needs more than ec2:RunInstances: iam:PassRole for the instance profile, access to the AMI, subnet, security groups, volumes and KMS keys, and ec2:CreateTags when tagging at launch.
    .fix-1 = Decode the blob with aws sts decode-authorization-message (needs sts:DecodeAuthorizationMessage) and read "explicitDeny" / "matchedStatements" and the action and resource in "context".
    .fix-2 = Add the denied action and resource to the caller's IAM policy in https://console.aws.amazon.com/iam/ (or lift the Deny in the SCP or boundary that matched).
    .fix-3 = Use --dry-run (DryRunOperation = allowed, UnauthorizedOperation = denied) to test permissions without creating anything.
    .prevention-1 = Test new automation with --dry-run and IAM Access Analyzer policy validation before running it for real.

aws-invalid-client-token = AWS does not recognize the access key: the credentials are invalid for this account or partition
    .cause = The access key ID does not exist (deleted, deactivated, mistyped, from another AWS partition such as China or GovCloud), or temporary keys (starting ASIA) are sent without their session token.
    .translation = "The security token included in the request is invalid": AWS does not recognize this access key or session token.
    .analysis-1 = InvalidClientTokenId / UnrecognizedClientException / InvalidAccessKeyId (S3) / AuthFailure (EC2) mean authentication failed before any permission was checked.
    .analysis-2 = A common trap: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY exported in the shell override the profile in ~/.aws, and a stale AWS_SESSION_TOKEN left over from an earlier role makes otherwise valid long-term keys fail.
    .fix-1 = Run aws configure list to see which credentials are used and where they come from; unset stale AWS_* variables or select the right profile with AWS_PROFILE.
    .fix-2 = Check the key in the IAM console (https://console.aws.amazon.com/iam/ > Users > Security credentials): it must be Active; create a new key if it was deleted.
    .fix-3 = With temporary credentials (ASIA...), also set AWS_SESSION_TOKEN; for opt-in regions, enable the region for the account and use the regional STS endpoint.
    .prevention-1 = Prefer roles and IAM Identity Center (SSO) over long-lived access keys, and keep one profile per account instead of exported variables.

aws-signature-mismatch = AWS rejected the request signature: SignatureDoesNotMatch
    .cause = The secret access key does not belong to the access key ID, or the request was changed after signing: a secret with a stray space or newline, a wrong region or service in the signing scope, a proxy rewriting headers or the path, or a hand-rolled SigV4 with the wrong canonical request.
    .translation = "The request signature we calculated does not match the signature you provided": the secret or the signed request does not match.
    .analysis-1 = The access key ID was found (otherwise the code would be InvalidClientTokenId), but the HMAC signature computed with its secret differs from yours.
    .analysis-2 = With S3 presigned URLs, changing any signed header (Content-Type, x-amz-* headers) or the region between signing and use gives the same error.
    .fix-1 = Re-enter the key pair exactly as issued (aws configure), checking for whitespace or quotes around the secret; create a new pair in the IAM console if the secret is lost.
    .fix-2 = Sign for the bucket's or service's real region (set region_name / AWS_REGION), and for presigned PUTs send exactly the Content-Type that was signed.
    .fix-3 = Use an official SDK signer instead of a hand-written SigV4; if a proxy or API gateway sits in between, make sure it does not re-encode the path or change signed headers.
    .prevention-1 = Store the secret in a secret manager or the credentials file, not in shell-quoted strings, and rotate keys that have been pasted around.

aws-expired-token = The AWS temporary credentials have expired
    .cause = The session token from STS (AssumeRole, GetSessionToken), SSO or a federated login passed its expiry time, and the code keeps using the frozen copy instead of refreshing it.
    .translation = "The security token included in the request is expired": the temporary credentials are past their expiry time.
    .analysis-1 = ExpiredToken / ExpiredTokenException is an authentication failure with temporary credentials; they last from 15 minutes to 12 hours depending on how they were issued.
    .analysis-2 = SDK credential providers refresh role, SSO and instance credentials automatically, but only if you let them: copying the key, secret and token into environment variables or a client constructor freezes them.
    .fix-1 = Refresh the credentials: aws sso login --profile NAME for SSO profiles, or assume the role again; then unset any stale AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN.
    .fix-2 = In long-running code, build clients from a profile or the default provider chain (boto3.Session(profile_name=...), fromIni / fromSSO in SDK v3) so credentials refresh on their own.
    .fix-3 = If jobs outlive the session, raise the role's maximum session duration (IAM console > Roles > Maximum session duration) and request it with --duration-seconds.
    .prevention-1 = Never persist temporary credentials; use role_arn + source_profile or credential_process in ~/.aws/config so the SDK can renew them.

aws-clock-skew = The request was signed with a clock that is off: AWS rejected the timestamp
    .cause = The local system clock differs from AWS time by more than 15 minutes (5 minutes for some services), so the signature's timestamp is outside the allowed window. Typical after a VM or laptop resumes from sleep, in containers on a drifting host, or with a wrong time zone set as UTC.
    .analysis-1 = RequestTimeTooSkewed (S3) and "Signature expired: ... is now earlier than ..." (InvalidSignatureException) both compare the X-Amz-Date you signed with the server time shown in the error.
    .analysis-2 = The credentials are fine; fixing the clock fixes the error. Retrying with the same clock does not.
    .fix-1 = Sync the clock: timedatectl set-ntp true (systemd), chronyc makestep, or w32tm /resync on Windows; on WSL2 or Docker Desktop restart the VM (wsl --shutdown) after sleep.
    .fix-2 = Compare date -u with the ServerTime in the error to confirm the skew, and check that the host's time zone is set correctly rather than the clock being set to local time as if it were UTC.
    .prevention-1 = Run an NTP client (chrony, systemd-timesyncd; Amazon Time Sync at 169.254.169.123 on EC2) on every host that signs AWS requests.

aws-throttling = AWS throttled the request: the API's request rate limit was exceeded
    .cause = Too many calls to this API operation per second for the account and region (each service has per-operation limits, e.g. SSM GetParameter, CloudFormation Describe*, EC2 Describe*, Lambda concurrent executions), so AWS rejected some of them.
    .translation = "Rate exceeded": too many requests in a short time.
    .analysis-1 = Throttling / ThrottlingException / TooManyRequestsException / RequestLimitExceeded are retryable; botocore and SDK v3 retry them automatically. "(reached max retries: N)" means the SDK already backed off N times and still failed.
    .analysis-2 = The limit is shared by everything in the account and region calling the same API: parallel CI jobs, other services and dashboards all count.
    .fix-1 = Switch the SDK to adaptive retries with more attempts (botocore Config retries mode "adaptive", SDK v3 retryMode "adaptive", or AWS_RETRY_MODE=adaptive and AWS_MAX_ATTEMPTS=10).
    .fix-2 = Call less: cache values such as SSM parameters and secrets (AWS Parameters and Secrets Lambda extension, in-process cache), use batch APIs (GetParameters, BatchGetItem), and lower concurrency in loops and parallel jobs.
    .fix-3 = If the volume is legitimate, request a higher quota in Service Quotas (https://console.aws.amazon.com/servicequotas/) for the API named in the operation.
    .prevention-1 = Use exponential backoff with full jitter and a cap on total retry time, and spread scheduled jobs instead of starting them all at the same second.
    .prevention-2 = Watch CloudWatch usage metrics (AWS/Usage CallCount) and alarm before you reach the quota.

aws-s3-slow-down = S3 asked you to slow down: the request rate for this prefix is too high
    .cause = S3 scales per key prefix (about 3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD per second per prefix); a burst above that, or a sudden jump before S3 has scaled the partition, returns 503 SlowDown.
    .translation = "Please reduce your request rate": S3 wants fewer requests per second on this prefix.
    .analysis-1 = SlowDown is a 503 and is retryable; the SDK backs off automatically, and "(reached max retries)" means the pressure lasted longer than the retry budget.
    .analysis-2 = Keys that share a prefix (for example logs/2024/05/02/...) all land on the same partition, and S3 Versioning with millions of versions of the same key makes it worse.
    .fix-1 = Retry with exponential backoff and jitter (adaptive retry mode) and lower the number of parallel requests per prefix.
    .fix-2 = Spread hot keys across several prefixes (a short hash or shard component early in the key); S3 then scales each prefix separately.
    .fix-3 = Batch small objects together (fewer, larger objects) or buffer writes, and remove old versions with a lifecycle rule if one key has very many versions.
    .prevention-1 = Ramp traffic up gradually rather than jumping to peak, and design key names for parallelism from the start.

aws-provisioned-throughput = DynamoDB or Kinesis capacity exceeded: ProvisionedThroughputExceededException
    .cause = The table, index or shard received more reads or writes per second than its capacity allows: provisioned RCU/WCU are too low, a hot partition key concentrates traffic, or a Kinesis shard exceeded 1 MB/s or 1,000 records/s in, 2 MB/s or 5 reads/s out.
    .translation = "The level of configured provisioned throughput for the table was exceeded": the table or shard received more traffic than its capacity.
    .analysis-1 = The SDK retries this automatically; "(reached max retries)" means capacity stayed exhausted for the whole retry budget.
    .analysis-2 = Even on-demand tables and well-provisioned tables throttle when one partition key gets most of the traffic (each partition handles about 3,000 RCU / 1,000 WCU).
    .fix-1 = Back off and retry with jitter (adaptive retry mode), and smooth bursts with a queue in front of writes.
    .fix-2 = Raise capacity: switch the table to on-demand (PAY_PER_REQUEST), raise RCU/WCU or enable auto scaling; for Kinesis add shards or use on-demand streams.
    .fix-3 = Fix hot keys: add a random or calculated suffix to the partition key for write-heavy items, and check CloudWatch Contributor Insights for the hottest keys.
    .prevention-1 = Alarm on ThrottledRequests / WriteThrottleEvents and on consumed vs provisioned capacity before users notice.

aws-s3-no-such-bucket = The S3 bucket does not exist
    .cause = No bucket with this name exists: a typo, a bucket in another account or partition, a bucket that was deleted, or a name built from a variable that is empty or has the wrong environment suffix.
    .translation = "The specified bucket does not exist".
    .analysis-1 = NoSuchBucket (404) is returned for names that are not registered anywhere in this partition; a bucket you are not allowed to see returns 403 instead.
    .analysis-2 = Bucket names are global and case-sensitive in URLs; an s3:// URL with a trailing path or a "bucket/prefix" passed as the Bucket parameter also yields this error.
    .fix-1 = List the buckets of the account you are using (aws s3api list-buckets) and compare the exact name; check which account you are in with aws sts get-caller-identity.
    .fix-2 = Pass only the bucket name as Bucket and put the path into Key; print the variables that build the name.
    .fix-3 = If the bucket was deleted, create it again (aws s3 mb s3://name --region REGION) or update the configuration to the new name.
    .prevention-1 = Keep bucket names in configuration per environment and verify them at startup with a HeadBucket call.

aws-s3-no-such-key = The S3 object key does not exist
    .cause = No object exists at this exact key in this bucket: a typo or case difference, a leading slash, a URL-encoded key (%20, +), a wrong prefix or environment, or the object was deleted or not written yet.
    .translation = "The specified key does not exist".
    .analysis-1 = NoSuchKey (404) is only returned when you have s3:ListBucket; without it S3 answers 403 AccessDenied for missing keys.
    .analysis-2 = Keys are exact byte strings: "reports/a.csv", "/reports/a.csv" and "Reports/a.csv" are three different objects.
    .fix-1 = List the prefix (aws s3api list-objects-v2 --bucket B --prefix P) and copy the exact key; strip any leading "/" and decode URL-encoded characters before calling the SDK.
    .fix-2 = If another process writes the object, wait for it (boto3 waiter object_exists, SDK v3 waitUntilObjectExists) instead of reading immediately.
    .fix-3 = With versioning on, a delete marker hides the object: list versions (list-object-versions) and restore the previous one if it was deleted by mistake.
    .prevention-1 = Handle 404 explicitly in code paths where a missing object is normal, and log bucket plus key on every S3 error.

aws-s3-head-not-found = S3 HeadObject/HeadBucket returned 404: the object or bucket does not exist
    .cause = The key is not in the bucket (typo, wrong prefix, not uploaded yet, deleted) or the bucket does not exist; HEAD responses have no body, so S3 only reports the status.
    .analysis-1 = The code "404" with message "Not Found" is what botocore shows for a HEAD without body; with s3:ListBucket granted this is a reliable "does not exist".
    .analysis-2 = Many tools call HeadObject first to test for existence, so this is often expected and should be handled, not treated as a crash.
    .fix-1 = Check the exact key with aws s3api list-objects-v2 --prefix, and strip leading slashes or URL encoding from the key.
    .fix-2 = Where absence is normal, catch ClientError and test e.response["Error"]["Code"] in ("404", "NoSuchKey") (SDK v3: error.name === "NotFound").
    .prevention-1 = Wrap existence checks in a helper that returns a boolean rather than letting 404 propagate.

aws-s3-bucket-conflict = Amazon S3 bucket state conflict (409)
    .cause = The bucket operation conflicts with the bucket's state: the name is already taken (BucketAlreadyExists: by another account; BucketAlreadyOwnedByYou: by you, outside us-east-1), the bucket still holds objects or versions (BucketNotEmpty), or another operation on it is in progress (OperationAborted).
    .analysis-1 = S3 answers these with HTTP 409 Conflict. Bucket names are global across all AWS accounts, and a deleted name may stay unavailable for a while.
    .fix-1 = For CreateBucket: if the bucket is yours, treat BucketAlreadyOwnedByYou as success; otherwise pick another globally unique name (add your account id or a random suffix).
    .fix-2 = For DeleteBucket: delete every object, and every version and delete marker of a versioned bucket, then delete the bucket (aws s3 rb s3://BUCKET --force removes unversioned objects first).
    .fix-3 = For OperationAborted: wait a minute and retry once the other operation on the bucket has finished.
    .prevention-1 = Make bucket creation idempotent (head-bucket first) and use lifecycle rules to expire old versions before tearing buckets down.

aws-resource-already-exists = An AWS resource with this name already exists
    .cause = A create call (CreateRole, CreatePolicy, CreateUser, CreateTable, CreateDatabase, CreateLogGroup, CreateRepository...) named a resource that already exists in this account and region: it was created by hand, by an earlier run whose state was lost, by another stack or workspace, or names are unique account-wide (IAM).
    .translation = EntityAlreadyExists / AlreadyExistsException / ResourceAlreadyExistsException: the resource you asked to create already exists.
    .analysis-1 = A conflict, not a permission or validation problem: the call was authorised and well-formed. Retrying the same create cannot succeed while the resource exists.
    .analysis-2 = With Terraform or CloudFormation this almost always means the tool's state does not know the resource: a failed earlier apply, a renamed resource address, a second workspace or stack creating the same name.
    .fix-1 = If the existing resource is the one you mean, adopt it instead of creating it: terraform import ADDRESS ID (or an import block with terraform plan), CloudFormation resource import, or look it up (aws iam get-role, describe-...) and use it in your code.
    .fix-2 = If it is a leftover, delete it (after checking what uses it: aws iam list-entities-for-policy, list-attached-role-policies...) and run the create again.
    .fix-3 = If both must exist, give yours a different name: IAM names are unique in the whole account, so add an environment or stack prefix (name_prefix in Terraform).
    .prevention-1 = Create each named resource from exactly one stack or workspace, keep state remote and locked, and make scripts idempotent (get or describe first, create only when missing).

aws-dynamodb-conditional-check-failed = The DynamoDB condition expression was false for this item
    .cause = The write (PutItem, UpdateItem, DeleteItem or a TransactWriteItems action) carried a ConditionExpression, and the item's current state did not satisfy it: for example attribute_not_exists on a key that is already there, or a version number that another writer has changed.
    .translation = The conditional request failed: the condition on the write did not hold, so nothing was written.
    .analysis-1 = ConditionalCheckFailedException is DynamoDB answering the question your condition asked, not a fault: the item is unchanged. Retrying the same request gives the same answer until the item changes.
    .analysis-2 = In optimistic locking (a version attribute checked on every update) it means another writer updated the item after you read it.
    .fix-1 = Handle the exception as a normal outcome: for an insert-if-absent, treat it as already exists; for optimistic locking, read the item again, re-apply your change to the new version and write with the new expected version.
    .fix-2 = Ask for the current item in the error (ReturnValuesOnConditionCheckFailure = ALL_OLD) to see which attribute made the condition false, and compare it with the ConditionExpression and ExpressionAttributeValues you sent.
    .fix-3 = If the condition is not what you meant (wrong attribute name, a reserved word without ExpressionAttributeNames, a type mismatch such as a number sent as a string), correct the expression.
    .prevention-1 = Catch ConditionalCheckFailedException explicitly in every conditional write, and keep conditions in one data-access layer with tests for both outcomes.

aws-dynamodb-transaction-conflict = A DynamoDB transaction conflicted with another write to the same item
    .cause = Two requests touched the same item at the same time and at least one was a transaction (TransactWriteItems / TransactGetItems): DynamoDB rejects the request that would interleave with an ongoing transaction, or cancels the transaction with the reason TransactionConflict.
    .translation = TransactionConflictException: a transaction is in progress on the item. TransactionCanceledException with TransactionConflict: the transaction was cancelled because of a conflicting write.
    .analysis-1 = Contention, not a bad request: retrying after a short, jittered delay normally succeeds. The cancellation reasons list, in the order of the actions, which item conflicted.
    .fix-1 = Retry with exponential backoff and jitter (the AWS SDKs retry TransactionConflict automatically; raise max_attempts or use the adaptive retry mode if it still fails), passing the same ClientRequestToken to keep TransactWriteItems idempotent.
    .fix-2 = Reduce contention on hot items: avoid updating one counter or status item from every transaction, shard it, or move it out of the transaction.
    .prevention-1 = Keep transactions small, watch the TransactionConflict metric in CloudWatch, and design keys so that concurrent writers rarely share an item.

aws-resource-in-use = The AWS resource is busy with another operation
    .cause = The resource is in a transitional state and cannot take this change yet: a Lambda function whose previous update is still in progress (ResourceConflictException), a DynamoDB table or index being created, updated or deleted, or a stream or cluster still in use (ResourceInUseException).
    .translation = The operation cannot be performed at this time / the resource is still in use: try again when the current operation has finished.
    .analysis-1 = A state conflict: the same call succeeds once the resource is back to a stable state (Lambda LastUpdateStatus Successful, table ACTIVE).
    .analysis-2 = Typical in deployment scripts that run two updates back to back (update-function-code then update-function-configuration, or two UpdateTable calls) without waiting in between.
    .fix-1 = Wait for the resource to settle before the next change: aws lambda wait function-updated-v2, aws dynamodb wait table-exists, or poll the describe call until the state is ACTIVE / Successful.
    .fix-2 = Serialize the changes: one update at a time per resource (in Terraform, depends_on between resources that modify the same function or table), and retry with backoff.
    .prevention-1 = Make deployment scripts wait on the resource state after each change, and never run two pipelines against the same resource at once.

aws-resource-not-found = The AWS resource was not found in this account and region
    .cause = The named resource (table, secret, parameter, function, role, queue...) does not exist where the call went: a wrong name or ARN, the wrong region, the wrong account or profile, or it was deleted or not created yet.
    .analysis-1 = ResourceNotFoundException and its relatives (NoSuchEntity for IAM, ParameterNotFound, QueueDoesNotExist) are returned when the name does not resolve in this account and region; region is the most frequent culprit.
    .analysis-2 = A resource created seconds ago may not be visible yet for eventually consistent APIs (IAM, DynamoDB table creation until ACTIVE).
    .fix-1 = Check the region and account the client uses (aws configure get region, aws sts get-caller-identity) against where the resource lives, and set region_name / AWS_REGION explicitly.
    .fix-2 = List what exists there (aws dynamodb list-tables, aws secretsmanager list-secrets, aws ssm describe-parameters) and copy the exact name or ARN; names are case-sensitive.
    .fix-3 = If the resource is created by the same deployment, wait for it to become active (SDK waiters such as table_exists) before using it.
    .prevention-1 = Reference resources by full ARN from infrastructure outputs instead of hand-typed names, and pin the region in configuration.

aws-validation = AWS rejected the request parameters: ValidationException
    .cause = A parameter is missing, has the wrong type or format, or violates a constraint (length, range, pattern, allowed values), or the combination of parameters is not allowed.
    .analysis-1 = ValidationException / ValidationError / InvalidParameterValue are client errors (400): the message says which field failed which constraint, e.g. "Value '0' at 'maxResults' failed to satisfy constraint".
    .analysis-2 = For DynamoDB, a common case is a key attribute missing or of the wrong type compared with the table's key schema; for CloudFormation, a template error.
    .fix-1 = Read the field name and constraint in the message and compare with the operation's API reference (https://docs.aws.amazon.com/cli/latest/reference/ lists every parameter and its constraints).
    .fix-2 = Print the exact request parameters your code sends (boto3: enable botocore debug logging with boto3.set_stream_logger("botocore"); SDK v3: a logger in the client config) and look for None / undefined values and wrong types.
    .fix-3 = Run the same call with the AWS CLI and --generate-cli-skeleton / --cli-input-json to build a request that validates.
    .prevention-1 = Validate inputs before calling AWS, and keep SDK versions current so client-side parameter validation catches errors early.

aws-s3-entity-too-large = The S3 upload is too large for a single PUT
    .cause = A single PutObject (or UploadPart) can carry at most 5 GB; bigger objects must go through multipart upload (up to 5 TB, parts of 5 MB to 5 GB, at most 10,000 parts). A POST policy with content-length-range produces the same error when the file exceeds the policy.
    .translation = "Your proposed upload exceeds the maximum allowed size".
    .analysis-1 = EntityTooLarge (400) is not transient: the same request will always be rejected. The body shows ProposedSize and MaxSizeAllowed.
    .analysis-2 = High-level helpers (boto3 upload_file/upload_fileobj, aws s3 cp, @aws-sdk/lib-storage Upload) switch to multipart automatically; low-level put_object and aws s3api put-object do not.
    .fix-1 = Use the managed transfer: boto3 s3.upload_file with a TransferConfig, @aws-sdk/lib-storage Upload in Node, or aws s3 cp on the CLI.
    .fix-2 = For browser uploads via presigned POST, raise content-length-range in the policy or switch to presigned multipart upload URLs.
    .prevention-1 = Always use the managed upload helpers for user-supplied or generated files of unknown size, and add a lifecycle rule to abort incomplete multipart uploads.

aws-internal-error = AWS reported an internal error or was temporarily unavailable
    .cause = A transient failure inside the AWS service (InternalError, InternalFailure, ServiceUnavailable), not caused by the request itself.
    .translation = "We encountered an internal error. Please try again."
    .analysis-1 = 500/503 responses of this kind are retryable; the SDK already retried, and "(reached max retries)" means the failure persisted during the retry window.
    .analysis-2 = If it persists, check the AWS Health Dashboard for the service and region; an outage or a degraded dependency is more likely than a bug in your request.
    .fix-1 = Retry with exponential backoff and jitter and a higher attempt count (Config retries max_attempts 8-10, mode "standard" or "adaptive").
    .fix-2 = Check https://health.aws.amazon.com/health/status and your account's AWS Health events for the region; fail over to another region if your architecture allows it.
    .fix-3 = If one request fails repeatedly while others succeed, open a support case with the request ID (x-amzn-RequestId, or x-amz-request-id plus x-amz-id-2 for S3) and timestamp.
    .prevention-1 = Make writes idempotent (client tokens, conditional writes) so retries after 5xx are safe.

aws-no-credentials = The AWS SDK found no credentials
    .cause = None of the credential sources was configured in this process: no AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, no usable profile in ~/.aws/credentials or ~/.aws/config, no SSO session, no container or instance role.
    .translation = "Unable to locate credentials": the SDK could not find credentials in any of the places it looks.
    .analysis-1 = This is raised client-side before any request is sent (botocore NoCredentialsError, SDK v3 CredentialsProviderError); AWS never saw the call.
    .analysis-2 = It typically happens where the environment differs from your shell: cron, systemd services, Docker containers, CI runners, IDE run configurations, or sudo (which changes HOME).
    .fix-1 = Run aws configure list in the same environment to see what is found; configure a profile (aws configure --profile NAME or aws configure sso) and select it with AWS_PROFILE.
    .fix-2 = In containers, pass credentials in explicitly (mount ~/.aws read-only and set AWS_PROFILE, or inject the AWS_* variables from your secret store); on EC2, ECS, EKS or Lambda attach an IAM role instead.
    .fix-3 = "Partial credentials found" means only one of the pair is set: set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (plus AWS_SESSION_TOKEN for temporary keys) or neither.
    .prevention-1 = Use roles (instance profiles, IRSA / EKS Pod Identity, GitHub OIDC) instead of static keys, and check credentials at startup with sts get-caller-identity.

aws-no-region = No AWS region is configured
    .cause = The client was created without a region and none is set in the environment (AWS_REGION / AWS_DEFAULT_REGION) or the active profile's config, so the SDK cannot build the endpoint URL.
    .translation = "You must specify a region": the SDK does not know which AWS region to send the request to.
    .analysis-1 = A client-side configuration error (botocore NoRegionError, SDK v3 "Region is missing"); nothing was sent to AWS.
    .analysis-2 = Region lives in ~/.aws/config, not ~/.aws/credentials; a credentials file alone gives working keys but no region.
    .fix-1 = Set the region for the process: export AWS_REGION=us-east-1 (SDK v3, CLI and boto3 all read it), or aws configure set region us-east-1 --profile NAME.
    .fix-2 = Or pass it in code: boto3.client("s3", region_name="us-east-1"); new S3Client with the option region: "us-east-1".
    .prevention-1 = Make region an explicit setting of your application instead of relying on the machine's defaults.

aws-endpoint-connection = Could not connect to the AWS endpoint
    .cause = No TCP/TLS connection to the service endpoint: no internet or NAT route from this network or subnet, a proxy that is not configured, DNS failing, a region name typo that produced a nonexistent host, or the service does not exist in that region.
    .translation = "Could not connect to the endpoint URL": the SDK could not open a connection to this AWS host.
    .analysis-1 = EndpointConnectionError is raised by botocore when the connection fails before any HTTP response; AWS never received the request.
    .analysis-2 = Read the host in the URL: a region like eu-north-9 or a service not offered in that region gives a hostname that does not resolve. In private subnets, an endpoint without a NAT gateway or VPC endpoint is unreachable.
    .fix-1 = Check the region (aws configure get region) and that the service exists there (https://docs.aws.amazon.com/general/latest/gr/rande.html).
    .fix-2 = Test the route from the same host: getent hosts HOST and curl -v https://HOST/; in a VPC without internet access, add a NAT gateway or an interface VPC endpoint (gateway endpoint for S3 and DynamoDB).
    .fix-3 = Behind a corporate proxy, set HTTPS_PROXY (and NO_PROXY for 169.254.169.254), or configure the proxy in the SDK config.
    .prevention-1 = Give private workloads VPC endpoints for the AWS services they use, and monitor DNS and egress separately from the application.

aws-endpoint-timeout = The AWS endpoint did not answer in time (connect or read timeout)
    .cause = A connect timeout means the network path to the endpoint is blocked or very slow (firewall, missing NAT, proxy); a read timeout means the connection was open but the response took longer than the client's read_timeout (botocore default 60 s), common with Lambda invoke, Bedrock and large queries.
    .translation = "Connect/Read timeout on endpoint URL": the connection or the response took longer than the client allowed.
    .analysis-1 = Raised by botocore (ConnectTimeoutError / ReadTimeoutError) on the client side. For a read timeout the server may still complete the work, so a blind retry can duplicate non-idempotent actions.
    .analysis-2 = Long-running calls such as synchronous Lambda invocations (up to 15 minutes) and model invocations need a read timeout longer than the expected duration.
    .fix-1 = Raise the read timeout for slow operations: botocore Config(read_timeout=300, connect_timeout=10); CLI --cli-read-timeout 300 (0 = no limit).
    .fix-2 = For connect timeouts, fix the route: security groups and NACLs allowing outbound 443, a NAT gateway or VPC endpoint in private subnets, or proxy settings.
    .fix-3 = Prefer asynchronous patterns for long work (Lambda InvocationType Event, Step Functions, streaming responses) instead of holding one HTTP request open.
    .prevention-1 = Set explicit timeouts per operation and make retried operations idempotent.

aws-sso-token = The AWS SSO (IAM Identity Center) session has expired or is missing
    .cause = The cached SSO token in ~/.aws/sso/cache expired (sessions last 1 to 12 hours, 8 by default) or was never created for this profile, so the SDK cannot get role credentials.
    .translation = "The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile."
    .analysis-1 = An authentication failure on the client side: no request reached the target service.
    .analysis-2 = The profile must point to an sso_session (or sso_start_url) in ~/.aws/config; running aws sso login with a different profile name refreshes a different session.
    .fix-1 = Run aws sso login --profile NAME (add --use-device-code on a headless machine), then verify with aws sts get-caller-identity --profile NAME.
    .fix-2 = Make sure the code uses the same profile (AWS_PROFILE=NAME or boto3.Session(profile_name="NAME")) and that ~/.aws is readable in that environment.
    .prevention-1 = Use sso-session sections (CLI v2 token refresh) and, for unattended jobs, roles or OIDC federation instead of a person's SSO session.

aws-ssl-validation = TLS certificate verification failed for the AWS endpoint
    .cause = The certificate presented for the AWS host is not trusted by this Python/CLI: almost always a TLS-inspecting corporate proxy or antivirus whose root CA is not in the bundle botocore uses, sometimes an outdated CA bundle.
    .analysis-1 = "SSL validation failed for URL" wraps the underlying CERTIFICATE_VERIFY_FAILED error from Python's ssl module; the connection was refused before any request was sent.
    .analysis-2 = botocore uses its own bundled certifi CA file, not the operating system's store, so a CA installed system-wide is not enough.
    .fix-1 = Point the AWS SDK at a bundle that contains your corporate root CA: AWS_CA_BUNDLE=/path/ca.pem, or ca_bundle = /path/ca.pem in the profile in ~/.aws/config.
    .fix-2 = Update the CA bundle (pip install -U certifi botocore, or update the AWS CLI) if no proxy is involved.
    .prevention-1 = Do not use --no-verify-ssl or verify=False: it disables the protection the proxy is supposed to provide; distribute the corporate CA with your base images instead.

## Google Cloud APIs

aws-sts-region-disabled = AWS STS is not activated in this region for the account (RegionDisabledException)
    .cause = The STS endpoint of the region that was called (sts.REGION.amazonaws.com) is deactivated for the account that would issue the temporary credentials. For AssumeRole that is the account that owns the role, not the caller's account. An administrator deactivated the region's STS endpoint in IAM Account settings, or the region is an opt-in region that is not enabled for that account.
    .translation = "STS is not activated in this region for account: ACCOUNT. Your account administrator can activate STS in this region using the IAM Console."
    .analysis-1 = HTTP 403 RegionDisabledException is not a permissions problem: no identity policy, trust policy or SCP change fixes it, and retrying the same endpoint fails the same way.
    .analysis-2 = The SDKs and the CLI call the STS endpoint of the configured region (AWS_REGION, region_name, sts_regional_endpoints = regional), so the same code works from one region and fails from another; the account id in the message tells which account must act.
    .fix-1 = As an administrator of the account in the message, open the IAM console > Account settings > Security Token Service (STS) > Endpoints, find the region and choose Activate.
    .fix-2 = If the region is an opt-in region (for example ap-east-1, me-south-1, af-south-1), enable it for the account first: Account page > AWS Regions > Enable, or aws account enable-region --region-name REGION; STS is activated with the region.
    .fix-3 = Or send the STS call to an endpoint that is active for that account: set the client's region (region_name, AWS_REGION) or endpoint_url to an active regional endpoint such as https://sts.us-east-1.amazonaws.com.
    .prevention-1 = Keep STS active in every region your workloads run in, and pin STS clients to the regional endpoint of the workload's own region, so a change of region is a deliberate one.

gcp-service-disabled = The Google API is not enabled in the project your credentials bill to
    .cause = The API (named in the message) is disabled or was never enabled in the project number shown, which is the project of your API key, OAuth client or the ADC quota project, not necessarily the project you think you are working in.
    .translation = "API has not been used in project N before or it is disabled. Enable it by visiting URL then retry."
    .analysis-1 = HTTP 403 PERMISSION_DENIED with reason SERVICE_DISABLED (legacy reason accessNotConfigured) is a project configuration problem, not an IAM role problem: no role grant will fix it.
    .analysis-2 = The project in the message is the consumer project: for an API key or OAuth client it is the project that created it; for user ADC (gcloud auth application-default login) it is the quota project. If that number is not your project, the credential comes from somewhere else.
    .fix-1 = Enable the API in that project: open the URL from the message, or run gcloud services enable SERVICE.googleapis.com --project=PROJECT (needs serviceusage.services.enable, e.g. roles/serviceusage.serviceUsageAdmin).
    .fix-2 = If the project number is not yours, switch the credential: gcloud auth application-default set-quota-project YOUR_PROJECT, create the API key or OAuth client in your own project, or send the x-goog-user-project header.
    .fix-3 = Just enabled it? Wait a few minutes for propagation, then retry; the error can persist for up to about 5 minutes.
    .prevention-1 = Enable required APIs in your infrastructure code (google_project_service in Terraform) so every environment gets them.

gcp-unregistered-callers = The Google API received no identity: the request had no API key or credential
    .cause = The call reached a Google API that requires a consumer identity, but carried no API key and no OAuth token (an empty environment variable, a key parameter dropped by a proxy or client, or a public endpoint that needs a key).
    .translation = "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API."
    .analysis-1 = Despite the 403 PERMISSION_DENIED status this is an authentication gap: Google cannot tell which project to bill and check, because nothing identified the caller.
    .analysis-2 = It often appears when an API-key variable is empty or undefined, so the client silently sends no key.
    .fix-1 = Send an API key with the request: header x-goog-api-key: KEY or query ?key=KEY; create one at https://console.cloud.google.com/apis/credentials in the project where the API is enabled.
    .fix-2 = Or authenticate with OAuth / a service account (Authorization: Bearer access token) if the method requires user or service identity rather than a key.
    .fix-3 = Print whether the key variable is set in the running process (length only) and fail at startup if it is empty.
    .prevention-1 = Restrict API keys to the APIs and referrers or IPs that use them, and keep them in a secret store, not in client code.

gcp-insufficient-scopes = The Google access token lacks the OAuth scope this API needs
    .cause = The OAuth access token was issued without the scope required by this method (for example gmail.send, drive, cloud-platform). Scopes are fixed at consent or token time; IAM roles do not add them.
    .translation = "Request had insufficient authentication scopes."
    .analysis-1 = 403 with ACCESS_TOKEN_SCOPE_INSUFFICIENT (legacy reason insufficientPermissions) means the identity may be allowed, but the token you hold was not granted this scope.
    .analysis-2 = Common sources: a cached token.json created with fewer scopes, gcloud auth application-default login without the extra --scopes, or a Compute Engine VM whose access scopes are limited to the defaults.
    .fix-1 = Re-authorize with the needed scopes: delete the cached token file (token.json / token.pickle) and run the consent flow with the new SCOPES list.
    .fix-2 = For ADC, run gcloud auth application-default login --scopes=https://www.googleapis.com/auth/cloud-platform,OTHER_SCOPES; on a GCE VM, stop it and set access scopes to cloud-platform (then control access with IAM).
    .fix-3 = For Workspace APIs called by a service account with domain-wide delegation, add the scope to the client ID in the Admin console (Security > API controls > Domain-wide delegation).
    .prevention-1 = Request the minimal scope set your app needs in one place in the code, and invalidate cached tokens whenever that list changes.

gcp-permission-denied = Google Cloud IAM denied the request: the caller lacks a permission
    .cause = The authenticated principal (user, service account or workload identity) has no role containing the required permission on this resource, or the resource does not exist and Google hides that behind a permission error.
    .translation = "The caller does not have permission" / "Permission 'x' denied on resource 'y' (or it may not exist)".
    .analysis-1 = PERMISSION_DENIED (gRPC 7, HTTP 403) is an authorization failure. When the message names the permission (for example secretmanager.versions.access), that is exactly what is missing.
    .analysis-2 = "(or it may not exist)" is literal: a wrong project id or resource name returns the same error, so check the name before granting roles.
    .fix-1 = Find out which identity is calling (gcloud auth list, gcloud config get-value account; for code, the service account in GOOGLE_APPLICATION_CREDENTIALS or attached to the VM, Cloud Run service or GKE workload).
    .fix-2 = Grant a role that contains the permission on the right scope: gcloud projects add-iam-policy-binding PROJECT --member=serviceAccount:SA_EMAIL --role=roles/ROLE, or in https://console.cloud.google.com/iam-admin/iam.
    .fix-3 = Use the Policy Troubleshooter (https://console.cloud.google.com/iam-admin/troubleshooter) to see which binding or deny policy decides, and check the resource name and project id for typos.
    .prevention-1 = Give each workload its own service account with predefined least-privilege roles, and manage bindings in infrastructure code.

gcp-unauthenticated = Google rejected the credentials: missing, expired or wrong type
    .cause = The request carried no valid OAuth 2 access token: the token expired (they last about an hour), an API key or ID token was sent where an access token is required, the Authorization header is malformed, or the refresh failed silently.
    .translation = "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential."
    .analysis-1 = UNAUTHENTICATED (gRPC 16, HTTP 401; legacy reason authError / "Invalid Credentials") is an authentication failure: Google could not establish who is calling.
    .analysis-2 = Hand-made requests often copy a token from gcloud auth print-access-token once and keep using it after it expired.
    .fix-1 = Use a client library with Application Default Credentials so tokens refresh automatically; for raw HTTP send Authorization: Bearer $(gcloud auth print-access-token) fresh each time.
    .fix-2 = Check the token type: APIs under *.googleapis.com want an access token; Cloud Run / IAP-protected endpoints want an ID token with the right audience (gcloud auth print-identity-token --audiences=URL).
    .fix-3 = Re-login if the underlying credential is stale: gcloud auth login and gcloud auth application-default login.
    .prevention-1 = Never hard-code tokens; let google-auth refresh them, and log token expiry when debugging auth issues.

gcp-quota-exceeded = Google Cloud quota exceeded: too many requests for this quota metric
    .cause = The project crossed a rate quota (requests per minute, per user per minute, or per region) named in the message; Google rejects further requests until the window resets.
    .translation = "Quota exceeded for quota metric 'M' and limit 'L' of service 'S' for consumer 'project_number:N'."
    .analysis-1 = RESOURCE_EXHAUSTED / ResourceExhausted (HTTP 429) is retryable once the per-minute window passes; Google recommends backing off at least 30 seconds for quota errors.
    .analysis-2 = The consumer project_number in the message is the project whose quota is used, which may be a shared default project behind an API key or ADC quota project.
    .fix-1 = Retry with exponential backoff and jitter starting around 30 seconds (google.api_core.retry.Retry with ResourceExhausted in the predicate), and cap concurrency.
    .fix-2 = Compare usage with the limit in IAM & Admin > Quotas (https://console.cloud.google.com/iam-admin/quotas) for the metric named in the message, and request an increase there.
    .fix-3 = Reduce calls: batch requests (Sheets batchUpdate, BigQuery batching), cache reads, and spread per-user traffic with quotaUser.
    .prevention-1 = Set up quota alerts in Cloud Monitoring at 80 percent of each limit your service depends on.

gcp-rate-limit-exceeded = Google API rate limit exceeded (rateLimitExceeded / userRateLimitExceeded)
    .cause = The project or a single user sent requests faster than the API's per-second or per-minute limit (Drive, Gmail, Calendar, Sheets and other Workspace APIs report this as 403 with reason userRateLimitExceeded or rateLimitExceeded).
    .translation = "User Rate Limit Exceeded" / "Rate Limit Exceeded".
    .analysis-1 = Despite status 403 this is a rate limit, not a permission problem; retrying after a backoff succeeds.
    .analysis-2 = userRateLimitExceeded is per user (or per quotaUser value); rateLimitExceeded is the project-wide or per-method limit.
    .fix-1 = Retry with exponential backoff and jitter (googleapiclient: .execute(num_retries=5) does this for rate-limit reasons), and lower parallelism.
    .fix-2 = Batch operations (batch HTTP requests, batchUpdate) and request only the fields you need to cut call volume.
    .fix-3 = If sustained volume is legitimate, raise the per-user or per-project quota for that API in https://console.cloud.google.com/apis/dashboard > the API > Quotas.
    .prevention-1 = Throttle on the client side to stay under the published per-user limit instead of discovering it through errors.

gcp-daily-limit = Google API daily quota exhausted
    .cause = The project used up a per-day quota (for example the YouTube Data API's 10,000 units per day, or a dailyLimitExceeded limit); further calls fail until the quota resets at midnight Pacific Time.
    .translation = "Daily Limit Exceeded" / "you have exceeded your quota".
    .analysis-1 = Unlike per-minute limits, retrying within the same day does not help; only the reset or a quota increase does.
    .analysis-2 = Costs differ per method: a YouTube search.list costs 100 units, most reads 1 unit, so a few search calls can consume the day.
    .fix-1 = Check consumption in the Google Cloud console for that API (APIs & Services > the API > Quotas) and request a higher quota (YouTube: the quota extension form after an audit).
    .fix-2 = Reduce unit cost: cache results, avoid expensive methods (search) where a cheaper one works, and request fewer parts and fields.
    .fix-3 = Make sure the key belongs to your project: a shared or leaked key can burn your daily quota; restrict it or rotate it in https://console.cloud.google.com/apis/credentials.
    .prevention-1 = Track daily usage against the quota and stop non-essential jobs before the limit is reached.

gcp-deadline-exceeded = The Google API call exceeded its deadline
    .cause = The operation did not complete within the client's deadline (timeout): a slow backend, a large query or upload, network latency, or a deadline set too short in the client call.
    .translation = "Deadline Exceeded".
    .analysis-1 = DEADLINE_EXCEEDED (gRPC 4, HTTP 504) is retryable, but the operation may have succeeded on the server after the client gave up, so make retried writes idempotent.
    .analysis-2 = Client libraries apply per-method default timeouts and retry settings; a long-running query or a big batch can need more than the default.
    .fix-1 = Pass a longer timeout and a retry policy with an overall deadline (timeout= and retry=google.api_core.retry.Retry(...) in Python client methods; gax options in Node).
    .fix-2 = Split large requests (smaller batches, paginated reads) or switch to the API's long-running operation / job form and poll it.
    .fix-3 = Check the API's status page and the network path (VPC Service Controls, proxies, egress) if the deadline is hit even for small requests.
    .prevention-1 = Set explicit per-call deadlines sized to the operation and monitor latency percentiles, not just errors.

gcp-not-found = The Google Cloud resource was not found
    .cause = The resource named in the path (secret, bucket, file, topic, instance...) does not exist in the project and location you called, the id is wrong, or it belongs to another project or was deleted.
    .analysis-1 = NOT_FOUND (HTTP 404) may also mean "exists but you cannot see it" for some APIs (for example Drive files not shared with the caller).
    .analysis-2 = Project id vs project number, the region or location in the resource path, and a version such as versions/latest that has no enabled version are frequent causes.
    .fix-1 = Check the project the client uses (gcloud config get-value project, or the project in the resource name) and list what exists there (gcloud secrets list, gcloud storage buckets list...).
    .fix-2 = Copy the full resource name from the console or the list output and compare it character by character; check location and version segments.
    .fix-3 = For Drive and other Workspace files, share the file with the service account's email or use domain-wide delegation to act as the owner.
    .prevention-1 = Build resource names from configuration with the client libraries' path helpers (e.g. secret_version_path) instead of string concatenation.

gcp-conflict = Google Cloud reported a conflict: the resource already exists or a concurrent change won
    .cause = Either the resource you are creating already exists (ALREADY_EXISTS / 409), or a concurrent transaction or precondition failed (ABORTED, for example Datastore/Firestore contention or a GCS generation mismatch).
    .analysis-1 = AlreadyExists is not retryable as-is: treat it as success for idempotent creates, or pick a new name.
    .analysis-2 = ABORTED is retryable: re-read the current state and repeat the whole read-modify-write.
    .fix-1 = For creates, catch AlreadyExists / Conflict and use the existing resource (get-or-create), or check existence first.
    .fix-2 = For ABORTED / contention errors, retry the transaction with backoff and reduce contention on the same entity or document (shard counters, fewer writes per second per document).
    .prevention-1 = Make create operations idempotent and keep transactions short.

gcp-default-credentials = Google Application Default Credentials were not found
    .cause = The client library searched GOOGLE_APPLICATION_CREDENTIALS, the gcloud ADC file and the metadata server and found nothing usable: no ADC login on this machine, a wrong or unreadable key file path, or running outside Google Cloud without credentials.
    .translation = "Your default credentials were not found" / "Could not load the default credentials".
    .analysis-1 = Raised client-side (google.auth DefaultCredentialsError, google-auth-library in Node) before any API call; nothing reached Google.
    .analysis-2 = gcloud auth login authenticates the gcloud CLI only; client libraries need gcloud auth application-default login (or a service account) separately.
    .fix-1 = On a workstation run gcloud auth application-default login; in containers or CI, provide a credential (workload identity federation, or a key file path in GOOGLE_APPLICATION_CREDENTIALS that exists and is readable inside the container).
    .fix-2 = On Google Cloud (GCE, GKE, Cloud Run, Functions), attach a service account to the workload instead of shipping key files; on GKE enable Workload Identity for the pod's Kubernetes service account.
    .prevention-1 = Prefer attached service accounts and workload identity federation over JSON keys, and check credentials at startup with google.auth.default().

gcp-refresh-invalid-grant = The Google OAuth refresh failed: invalid_grant
    .cause = Google refused to mint a new access token: the refresh token was revoked or expired (password change, user revoked access, 7-day expiry for apps in Testing publishing status, token limit per client), or for a service account the key was deleted or the JWT's clock is off.
    .translation = "invalid_grant: Token has been expired or revoked." / "Invalid JWT Signature."
    .analysis-1 = The failure happens at the token endpoint (oauth2.googleapis.com/token), before the API call; retrying with the same refresh token never works.
    .analysis-2 = "Invalid JWT Signature" means the service-account key no longer exists; "Invalid JWT: Token must be a short-lived token" means the local clock is wrong.
    .fix-1 = For user credentials, sign in again: gcloud auth application-default login, or delete the app's cached token file and rerun the consent flow.
    .fix-2 = If the OAuth consent screen is in Testing status, refresh tokens expire after 7 days: publish the app (APIs & Services > OAuth consent screen > Publish app) for long-lived tokens.
    .fix-3 = For service accounts, create a new key (IAM > Service accounts > Keys) or move to attached service accounts / workload identity; sync the system clock if the error mentions iat or exp.
    .prevention-1 = Handle invalid_grant by prompting for re-consent instead of crashing, and store refresh tokens securely per user.

## GitHub

github-bad-credentials = GitHub rejected the token: Bad credentials
    .cause = The token sent is not a valid GitHub token: it expired (fine-grained and many classic PATs have an expiry date), was revoked or regenerated, was deleted by an org policy, was mistyped or has trailing whitespace, or belongs to GitHub Enterprise Server while the call goes to github.com (or vice versa).
    .translation = "Bad credentials": the token is not valid.
    .analysis-1 = 401 Bad credentials means a token was present but GitHub could not match it; "Requires authentication" is the different case of no token at all.
    .analysis-2 = A stale GH_TOKEN or GITHUB_TOKEN environment variable takes precedence over the token stored by gh auth login, so a fresh login may seem not to help.
    .fix-1 = Check the token: gh auth status, or curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user; if it is rejected, create a new one at https://github.com/settings/tokens (fine-grained or classic) and update the secret where your code reads it.
    .fix-2 = Unset stale variables (GH_TOKEN, GITHUB_TOKEN, GH_ENTERPRISE_TOKEN) or re-login with gh auth login; in GitHub Actions, check the repository or organization secret name and that it is not empty in fork PRs.
    .fix-3 = Send it in the right header format: Authorization: Bearer TOKEN (or token TOKEN) against https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server.
    .prevention-1 = Set expiry reminders and rotate tokens before they expire; prefer GitHub App installation tokens or the Actions GITHUB_TOKEN over personal tokens in automation.

github-requires-authentication = The GitHub endpoint requires authentication, and no token was sent
    .cause = The request reached an endpoint that needs a signed-in identity (for example /user, private repositories, write operations), but carried no Authorization header: the token variable is empty, or the client was created without auth.
    .translation = "Requires authentication": this endpoint needs a token.
    .analysis-1 = 401 Requires authentication means no credential at all was received; with a wrong token the message would be "Bad credentials".
    .analysis-2 = In GitHub Actions, secrets are empty in workflows triggered from forks (pull_request from a fork), so code that works on branches can fail there.
    .fix-1 = Pass a token: Authorization: Bearer $GITHUB_TOKEN with curl, new Octokit with the auth option in Node, Github(auth=Auth.Token(...)) in PyGithub, or gh auth login for the gh CLI.
    .fix-2 = Verify the variable is set in the environment that runs the code (print its length, not the value); in Actions map it explicitly: env: GITHUB_TOKEN: secrets.GITHUB_TOKEN in the step.
    .prevention-1 = Fail fast at startup when the token is missing, instead of letting the first API call return 401.

github-rate-limit = GitHub primary rate limit exhausted
    .cause = The hourly request quota of this identity is used up: 60 per hour per IP unauthenticated, 5,000 per hour per user token, 1,000 per hour per repository for GITHUB_TOKEN in Actions, up to 15,000 for GitHub Apps on Enterprise Cloud.
    .translation = "API rate limit exceeded for ...": this IP, user or installation has used all of its requests for the current hour.
    .analysis-1 = Returned as 403 or 429 with x-ratelimit-remaining: 0; x-ratelimit-reset gives the epoch second when the quota refills. Requests before that moment keep failing.
    .analysis-2 = "for 203.0.113.7" (an IP) means the calls were unauthenticated; adding a token raises the limit from 60 to 5,000.
    .fix-1 = Authenticate every request (a token in Authorization) if the message names an IP address.
    .fix-2 = Wait until x-ratelimit-reset before retrying (gh api rate_limit shows it); Octokit's @octokit/plugin-throttling does this automatically.
    .fix-3 = Cut the number of calls: use conditional requests with ETag / If-None-Match (304 responses do not count), GraphQL to fetch nested data in one call, per_page=100, and webhooks instead of polling.
    .prevention-1 = Read x-ratelimit-remaining on every response and slow down before it reaches zero; use a GitHub App for high-volume automation.

github-secondary-rate-limit = GitHub secondary rate limit: too many requests in a burst
    .cause = Independent of the hourly quota, GitHub limits bursts: too many concurrent requests (more than about 100), too many requests per minute to one endpoint, too much CPU time, or too many content-creating requests (issues, comments, PRs) in a short time.
    .translation = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."
    .analysis-1 = Returned as 403 or 429 even when x-ratelimit-remaining is far from zero. A retry-after header, when present, says how many seconds to wait.
    .analysis-2 = Continuing to send requests while limited can get the integration temporarily banned, so back off completely.
    .fix-1 = Honour retry-after; without it, wait at least 60 seconds, then retry with exponential backoff.
    .fix-2 = Serialize requests instead of running them in parallel, and space content-creating calls (at least one second apart for POST, PATCH, PUT, DELETE).
    .fix-3 = Use @octokit/plugin-throttling (onSecondaryRateLimit) or an equivalent queue so the whole process pauses, not just one request.
    .prevention-1 = Design bulk jobs with a concurrency of 1 to a few and a steady request rate, following GitHub's REST API best practices.

github-not-accessible-by-integration = The GitHub token lacks the permission for this endpoint
    .cause = The GitHub App, workflow GITHUB_TOKEN or fine-grained personal access token is authenticated but not granted the permission this call needs (for example issues: write, pull-requests: write, contents: write, secrets), or the repository is not in its access list.
    .translation = "Resource not accessible by integration" / "by personal access token": the token is valid but lacks the permission for this resource.
    .analysis-1 = 403 with this message is a permission problem of the token, not of the user. The response header x-accepted-github-permissions lists exactly which permission the endpoint needs.
    .analysis-2 = In Actions, the default GITHUB_TOKEN is often read-only (organization or repository setting), and it is always read-only for pull_request events from forks.
    .fix-1 = Add a permissions block to the workflow or job with what the call needs, e.g. permissions: issues: write, pull-requests: write (or contents: write to push); check Settings > Actions > General > Workflow permissions.
    .fix-2 = For a GitHub App, add the permission in the App settings and have an owner accept the new permissions on the installation; for a fine-grained PAT, edit it at https://github.com/settings/tokens to include the repository and permission.
    .fix-3 = For fork PRs that must write (comments, labels), use a pull_request_target or workflow_run workflow carefully, without checking out untrusted code with the write token.
    .prevention-1 = Declare explicit least-privilege permissions in every workflow so failures are visible and deliberate.

github-saml-enforcement = The GitHub token or SSH key is not authorized for the organization's SAML SSO
    .cause = The organization enforces SAML single sign-on, and the personal access token or SSH key you use has not been authorized for it (or the SSO session expired).
    .translation = "Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization."
    .analysis-1 = Returned as 403: the token is valid, but the organization refuses credentials not linked to an active SSO identity.
    .analysis-2 = Authorization is per token and per organization: creating a new token means authorizing it again.
    .fix-1 = Authorize the token: https://github.com/settings/tokens, then "Configure SSO" next to the token, then "Authorize" for the organization (sign in to the IdP when asked).
    .fix-2 = For SSH, do the same at https://github.com/settings/keys with "Configure SSO"; for gh, run gh auth refresh or gh auth login again, which prompts for SSO authorization.
    .prevention-1 = Use fine-grained tokens owned by the organization or a GitHub App for automation, so they do not depend on one person's SSO session.

github-not-found = GitHub returned 404 Not Found
    .cause = The resource does not exist, or it exists but is private and your token cannot see it: GitHub returns 404 rather than 403 to avoid revealing private repositories. A wrong owner/repo, a branch or path typo, an unencoded path segment or an extra trailing slash also give 404.
    .translation = "Not Found".
    .analysis-1 = For private repositories, a missing token, a token without the repo scope (classic) or without this repository in its access list (fine-grained, GitHub App installation) produces exactly this 404.
    .analysis-2 = The documentation_url in the body points to the endpoint GitHub matched, which helps spot a wrong path.
    .fix-1 = Call the same URL with gh api (it uses your logged-in token) to tell "does not exist" from "not visible to this token"; check owner, repo, branch and file path spelling (they are case-insensitive for owner/repo but not for paths).
    .fix-2 = Give the token access: repo scope for a classic PAT, add the repository to a fine-grained PAT or to the GitHub App installation (Settings > GitHub Apps > Configure > Repository access).
    .fix-3 = URL-encode path parameters (a branch name with a slash in /branches/BRANCH must be feature%2Fx) and remove trailing slashes.
    .prevention-1 = Use an SDK (Octokit, PyGithub) that builds and encodes the URLs for you, and log the full request URL with errors.

github-validation-failed = GitHub rejected the request body: 422 Validation Failed
    .cause = The JSON was parsed but a field is missing, has an invalid value or violates a rule; the errors array names the resource, field and code (missing, missing_field, invalid, already_exists, unprocessable, custom).
    .translation = "Validation Failed".
    .analysis-1 = 422 is a client error; sending the same body again fails the same way. The errors[].message of a custom error carries the real explanation (e.g. "No commits between main and feature").
    .analysis-2 = Typical causes: creating a PR with head and base on the same commit or a head branch that does not exist, a label color with a leading #, a missing title.
    .fix-1 = Print the full response body and fix the field and code named in errors[] against the endpoint's documentation (the documentation_url in the body).
    .fix-2 = For pull requests, push the head branch first and make sure it has commits not in base; use owner:branch for head when it lives in a fork.
    .prevention-1 = Validate parameters before calling, and surface the errors[] details in logs rather than only the top-level message.

github-already-exists = The GitHub resource already exists
    .cause = You tried to create something that already exists: a pull request for the same head and base, a git reference or tag, a release for a tag, a label, a repository or a webhook.
    .translation = "A pull request already exists" / "Reference already exists" / "name already exists on this account".
    .analysis-1 = GitHub reports duplicates as 422 Validation Failed with code already_exists in errors[] (or code custom with a message such as "name already exists on this account") rather than 409.
    .analysis-2 = Re-runs of CI jobs hit this often because the first run already created the object.
    .fix-1 = Look the existing object up and reuse or update it: gh pr list --head BRANCH, PATCH /repos/OWNER/REPO/git/refs/heads/BRANCH to move a ref, gh release view TAG or edit it.
    .fix-2 = Make the step idempotent: get-or-create logic, or tolerate already_exists when the existing object is what you wanted.
    .fix-3 = For a name that is taken (a repository on this account, a label, a webhook): use the existing one (gh repo view OWNER/NAME), update it instead of creating it (PATCH /repos/OWNER/REPO, PATCH /repos/OWNER/REPO/labels/NAME), or pick another name.
    .prevention-1 = Design release and PR automation to be rerunnable (check first, then create).

github-git-password-auth-removed = GitHub no longer accepts account passwords for git over HTTPS
    .cause = git sent your GitHub account password; since August 13, 2021 git operations over HTTPS need a personal access token, the GitHub CLI / Git Credential Manager, or SSH.
    .translation = "Support for password authentication was removed on August 13, 2021."
    .analysis-1 = The following "fatal: Authentication failed" is the consequence; the password itself may be correct for the website.
    .analysis-2 = A credential helper (macOS Keychain, Windows Credential Manager, git-credential-store) may keep resending the old password until it is removed.
    .fix-1 = Run gh auth login (choose HTTPS) and gh auth setup-git, or install Git Credential Manager, which opens a browser login and stores a token.
    .fix-2 = Or create a token at https://github.com/settings/tokens (repo scope, or a fine-grained token with Contents read/write) and enter it when git asks for the password; remove the stored password first (git credential reject).
    .fix-3 = Or switch the remote to SSH: git remote set-url origin git@github.com:OWNER/REPO.git after adding your key at https://github.com/settings/keys.
    .prevention-1 = Use a credential manager or SSH keys, never embed passwords or tokens in remote URLs that end up in shell history or CI logs.

github-git-permission-denied = GitHub denied the push: this account has no write access to the repository
    .cause = git authenticated as the user named after "denied to", and that account (or token) cannot write here: it is a different account than you intended (cached credential), it has only read access, the token lacks repo / Contents write, or in Actions the GITHUB_TOKEN is read-only.
    .translation = "Permission to OWNER/REPO.git denied to USER."
    .analysis-1 = HTTP 403 from git means authentication worked but authorization did not; the user name after "denied to" is the identity git actually used.
    .analysis-2 = github-actions[bot] in the message means the workflow token: its permissions come from the workflow's permissions block and the repository's Actions settings.
    .fix-1 = If the user is not the one you expected, clear the cached credential (git credential reject, or remove github.com from Keychain / Credential Manager) and log in again with gh auth login.
    .fix-2 = In GitHub Actions add permissions: contents: write to the workflow or job, and check Settings > Actions > General > Workflow permissions; protected branches may additionally need a bypass or a PR.
    .fix-3 = Otherwise get write access (collaborator with Write role, team membership) or push to your fork and open a pull request; a fine-grained token must include this repository with Contents: Read and write.
    .prevention-1 = Keep one credential per host and account (or use SSH host aliases for multiple accounts) so git never silently uses the wrong identity.

github-git-repository-not-found = git cannot find the repository (or this account cannot see it)
    .cause = The remote URL points to a repository that does not exist or that the authenticated account cannot access; GitHub answers "Repository not found" for private repositories you have no access to, exactly as for missing ones.
    .translation = "Repository not found."
    .analysis-1 = This is usually an access problem disguised as not-found: a cached credential of another account, a token without repo scope or without this repository, or an SSH key registered to a different account.
    .analysis-2 = Typos in owner or repository name, a renamed or transferred repository, and a deploy key attached to another repository produce the same message.
    .fix-1 = Check git remote -v for typos; open the URL in a browser while logged in as the intended account.
    .fix-2 = Check which account git uses: ssh -T git@github.com for SSH, gh auth status for HTTPS; clear a wrong cached credential and authenticate again.
    .fix-3 = Grant access: add the account as collaborator or to a team, add the repository to the fine-grained token or App installation, or use a deploy key registered on this repository.
    .prevention-1 = Use one clearly named credential per account and repository set; for automation prefer deploy keys or GitHub App tokens scoped to the repository.

github-large-file-gh001 = GitHub rejected the push: a file exceeds the 100 MB limit (GH001)
    .cause = A commit being pushed contains a file larger than 100 MB (GitHub warns above 50 MB). The file is in the commit history, so deleting it in a new commit does not help.
    .translation = "File X is N MB; this exceeds GitHub's file size limit of 100.00 MB. GH001: Large files detected."
    .analysis-1 = The pre-receive hook rejects the whole push; nothing from it is stored on GitHub.
    .analysis-2 = The blob must be removed from every unpushed commit that contains it, or moved to Git LFS.
    .fix-1 = If the file should be versioned, move it to Git LFS and rewrite the unpushed commits: git lfs migrate import --include="PATH" --include-ref=refs/heads/BRANCH, then push.
    .fix-2 = If it should not be in git, remove it from history: only in the last commit, git rm --cached PATH and git commit --amend; deeper in history, git filter-repo --path PATH --invert-paths. Then add it to .gitignore.
    .fix-3 = Store large artifacts elsewhere (GitHub Releases assets up to 2 GB, object storage) and download them at build time.
    .prevention-1 = Add large-file patterns to .gitignore or .gitattributes (LFS) early, and use a pre-commit hook (check-added-large-files).

github-ssh-publickey = The git server refused your SSH key
    .cause = The SSH client offered no key, or only keys that are not registered on the account: no key generated, the key not loaded in ssh-agent, the public key not added to GitHub, a key registered on another account, or a wrong user in the URL (it must be git@).
    .translation = "Permission denied (publickey)": the server accepted none of the offered SSH keys.
    .analysis-1 = Authentication failed before any repository check; the "correct access rights and the repository exists" hint that follows is generic.
    .analysis-2 = ssh -vT git@github.com shows which key files are tried ("Offering public key") and whether one is accepted.
    .fix-1 = Create a key if needed (ssh-keygen -t ed25519), load it (ssh-add ~/.ssh/id_ed25519) and add the .pub file at https://github.com/settings/keys (GitLab: User Settings > SSH Keys).
    .fix-2 = Test with ssh -T git@github.com: "Hi USER!" shows which account the key belongs to; if it is the wrong account, use a per-host IdentityFile in ~/.ssh/config.
    .fix-3 = If port 22 is blocked, use ssh.github.com on port 443 (Host github.com / Hostname ssh.github.com / Port 443 in ~/.ssh/config) or switch to HTTPS with a token.
    .prevention-1 = Keep keys in ssh-agent or a hardware/OS keychain, one per machine, and remove keys of retired machines from your account.

## GitLab

gitlab-unauthorized = GitLab rejected the token: 401 Unauthorized
    .cause = The token is missing, expired (GitLab tokens have a mandatory expiry date), revoked, belongs to another GitLab instance, or is sent in the wrong header (PRIVATE-TOKEN for personal/project/group tokens, Authorization: Bearer for OAuth tokens, JOB-TOKEN for CI_JOB_TOKEN).
    .translation = "401 Unauthorized": GitLab did not accept the credentials.
    .analysis-1 = GitLab answers 401 for any authentication failure; the body gives no further detail, so check the token and header together.
    .analysis-2 = A project or group access token whose bot user was removed, or a token created on gitlab.com used against a self-managed host, fail the same way.
    .fix-1 = Test the token directly: curl --header "PRIVATE-TOKEN: $GITLAB_TOKEN" https://HOST/api/v4/user (for OAuth: Authorization: Bearer). A 401 here means the token itself is bad.
    .fix-2 = Create a new token at User Settings > Access tokens (https://gitlab.com/-/user_settings/personal_access_tokens) or in the project's Settings > Access tokens, with the scopes you need and an expiry date, and update the CI variable or secret.
    .fix-3 = Check the base URL: the API lives at https://HOST/api/v4, and the token must be issued by that same instance.
    .prevention-1 = Track token expiry dates (GitLab emails before expiry) and rotate via the API (POST /personal_access_tokens/self/rotate) from a scheduled job.

gitlab-insufficient-scope = The GitLab token does not have the scope this API call needs
    .cause = The token is valid, but was created with narrower scopes than the endpoint requires (for example read_api or read_repository where api or write_repository is needed).
    .translation = "insufficient_scope: The request requires higher privileges than provided by the access token."
    .analysis-1 = Returned as 403 with error insufficient_scope; the scope attribute in the body names the scope that would be sufficient.
    .analysis-2 = Scopes cannot be added to an existing token; a new token must be created.
    .fix-1 = Create a new token with the scope named in the body (api for full API write access, read_api for read-only, write_repository / read_registry / write_registry for git and registry), and replace the old one.
    .fix-2 = If a role is also too low (Guest or Reporter where Developer or Maintainer is needed), raise the role of the token's user or bot in Manage > Members.
    .prevention-1 = Document the scopes each integration needs and create tokens with exactly those.

gitlab-forbidden = GitLab refused the action: 403 Forbidden
    .cause = The authenticated user or token is not allowed to do this: the role is too low for the action (for example Developer pushing to a protected branch, Reporter creating a merge request), the project or group settings forbid it, or the token scope is read-only.
    .translation = "403 Forbidden": authenticated, but not permitted.
    .analysis-1 = 403 from GitLab is an authorization decision; the same token retried will fail again.
    .analysis-2 = Protected branches and tags, disabled features (issues, packages, container registry turned off) and instance-level restrictions also return a plain 403 Forbidden.
    .fix-1 = Check the role of the token's user in the project (Manage > Members) against GitLab's permissions table and raise it if needed; project and group access tokens carry the role chosen at creation.
    .fix-2 = For branch or tag pushes and merges, check Settings > Repository > Protected branches / Protected tags: allow the role, or go through a merge request.
    .fix-3 = Make sure the feature used is enabled for the project (Settings > General > Visibility, project features, permissions).
    .prevention-1 = Use dedicated project or group access tokens with the minimum role and scopes per integration.

gitlab-job-token-not-allowed = The CI/CD job token of this project is not allowed to access the target project
    .cause = The target project restricts CI_JOB_TOKEN access with its job token allowlist, and the source project running the job is not on it.
    .translation = "Authentication by CI/CD job token not allowed from SOURCE to TARGET."
    .analysis-1 = Since GitLab 16/17 new projects limit job token access by default; the job token is valid but the target refuses it.
    .analysis-2 = The fix is made in the TARGET project (the one being accessed), not in the project that runs the pipeline.
    .fix-1 = In the target project go to Settings > CI/CD > Job token permissions and add the source project (or its group) to the allowlist, or call POST /projects/TARGET_ID/job_token_scope/allowlist as a maintainer.
    .fix-2 = The user who triggered the pipeline must also have access to the target project; if not, use a project or group access token stored as a masked CI/CD variable instead.
    .prevention-1 = Keep cross-project dependencies explicit: list them in the allowlist and document which pipelines pull from where.

gitlab-project-not-found = GitLab cannot find the project, or the token cannot see it
    .cause = The project does not exist at that path, or it is private or internal and this token's user is not a member: GitLab returns 404 instead of 403 to hide it. Unencoded namespaced paths and proxies that decode %2F also lead here.
    .translation = "404 Project Not Found" / "The project you were looking for could not be found or you don't have permission to view it."
    .analysis-1 = In the API the project id is either the numeric id or the full path URL-encoded as one segment (group%2Fsubgroup%2Fproject); an unencoded slash breaks the route.
    .analysis-2 = For git clones the same text means no access for the credential git used (often CI_JOB_TOKEN or a deploy token without read_repository).
    .fix-1 = Use the numeric project id (Settings > General) or URL-encode the full path, and check the host (gitlab.com vs your self-managed instance).
    .fix-2 = Give the token's user at least Reporter (Guest for public info) access to the project, or use a project access token created in that project.
    .fix-3 = If a reverse proxy sits in front of GitLab, configure it not to decode %2F in paths (nginx: proxy_pass without a URI part; Apache: AllowEncodedSlashes NoDecode).
    .prevention-1 = Reference projects by numeric id in automation; ids survive renames and transfers.

gitlab-rate-limit = GitLab rate limit reached: Retry later
    .cause = This user, token or IP sent more requests than the instance's rate limits allow (authenticated / unauthenticated API limits, per-endpoint limits such as project export or search).
    .translation = "Retry later": too many requests, try again after the indicated time.
    .analysis-1 = 429 with a plain-text body "Retry later"; the headers RateLimit-Remaining, RateLimit-Reset (epoch) and Retry-After (seconds) tell you when the window refills.
    .analysis-2 = On gitlab.com the limits are fixed per plan; on self-managed instances an admin sets them in Admin > Settings > Network > User and IP rate limits.
    .fix-1 = Wait Retry-After seconds, then continue with backoff; python-gitlab does this with retry_transient_errors=True.
    .fix-2 = Reduce request volume: paginate with per_page=100 and keyset pagination, cache responses, and avoid polling pipelines in tight loops (use webhooks or longer intervals).
    .fix-3 = On a self-managed instance, ask the admin to raise the limit or to add your CI runners' IPs to the rate-limit bypass list.
    .prevention-1 = Read RateLimit-Remaining and slow down before it reaches zero; run bulk jobs with limited concurrency.

gitlab-git-http-basic-denied = GitLab rejected the git credentials over HTTPS
    .cause = git sent a password or token that GitLab does not accept: the account password while 2FA is on or password auth for git is disabled, an expired or revoked token, or a token without read_repository / write_repository.
    .translation = "HTTP Basic: Access denied": the username and password (or token) sent by git were rejected.
    .analysis-1 = The "fatal: Authentication failed" that follows is the consequence; a credential helper may be resending a stale password stored earlier.
    .analysis-2 = With a personal access token, the username can be anything non-empty (for example oauth2); the token goes in the password field.
    .fix-1 = Remove the stored credential (git credential reject, or delete the gitlab entry from Keychain / Credential Manager), then authenticate again with a personal access token as the password.
    .fix-2 = Create the token at User Settings > Access tokens with read_repository (and write_repository to push); in CI use https://gitlab-ci-token:$CI_JOB_TOKEN@HOST/... for repositories the job token may access.
    .fix-3 = Or use SSH keys (User Settings > SSH Keys) or glab auth login, which configures git for you.
    .prevention-1 = Use a credential manager or SSH keys and never put tokens in remote URLs that are committed or printed in logs.

## Stripe

stripe-invalid-api-key = Stripe rejected the API key: Invalid API Key provided
    .cause = The secret key sent is not a valid key of any Stripe account: mistyped or truncated, rolled (replaced) or deleted in the Dashboard, a key with extra quotes or whitespace, or a placeholder value from a sample .env file.
    .translation = "Invalid API Key provided": Stripe does not recognize this key.
    .analysis-1 = HTTP 401 (AuthenticationError / StripeAuthenticationError) means authentication failed before anything else was checked; the key prefix is echoed (sk_test_ or sk_live_) with the middle masked.
    .analysis-2 = Test and live keys are separate: a key copied from test mode works only on test objects, and a rolled key stops working once its expiry passes.
    .fix-1 = Copy the current secret key from https://dashboard.stripe.com/apikeys (or /test/apikeys for test mode) into the variable your server reads, e.g. STRIPE_SECRET_KEY, without quotes or trailing newline.
    .fix-2 = Make sure the server uses that variable: print the key prefix and last 4 characters at startup and compare with the Dashboard; restart processes that cached an old value.
    .fix-3 = If you use restricted keys (rk_...), check the key still exists under Restricted keys; if it was rolled, deploy the new one.
    .prevention-1 = Keep Stripe keys in a secret manager, use restricted keys with minimal permissions for services, and roll keys with an overlap period instead of deleting them.

stripe-no-api-key = No Stripe API key was sent with the request
    .cause = The request reached Stripe without an Authorization header: stripe.api_key was never set (or set after the first call, or in another worker process), or the environment variable is empty.
    .translation = "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth."
    .analysis-1 = An authentication error (401): Stripe does not know which account the call is for.
    .analysis-2 = In stripe-python and stripe-node the key is global or per client; code paths that create their own client, background workers and serverless functions each need it.
    .fix-1 = Set the secret key before the first call: stripe.api_key = os.environ["STRIPE_SECRET_KEY"] (Python) or new Stripe(process.env.STRIPE_SECRET_KEY) (Node), in every process that calls Stripe.
    .fix-2 = For raw HTTP send Authorization: Bearer sk_... or curl -u sk_...: (with the trailing colon).
    .prevention-1 = Validate at startup that STRIPE_SECRET_KEY is present and starts with sk_ or rk_, and fail fast otherwise.

stripe-publishable-key-used = A Stripe publishable key was used for a server-side call
    .cause = The request was authenticated with a publishable key (pk_test_ / pk_live_), which may only be used in browsers and mobile apps for Stripe.js / Elements tokenization, not for API calls that create charges, customers or read data.
    .translation = "This API call cannot be made with a publishable API key. Please use a secret API key."
    .analysis-1 = The key is valid but of the wrong kind; the server must use the secret key (sk_) or a restricted key (rk_).
    .analysis-2 = It often happens when the two environment variables (publishable and secret) are swapped, or a frontend calls the Stripe API directly.
    .fix-1 = On the server use the secret key from https://dashboard.stripe.com/apikeys (Secret key, sk_...); keep the publishable key only in frontend code.
    .fix-2 = If this call happens in the browser, move it to your backend and expose only the result (for example a PaymentIntent client_secret) to the client.
    .prevention-1 = Name variables unambiguously (STRIPE_PUBLISHABLE_KEY vs STRIPE_SECRET_KEY) and never ship a secret key to the browser.

stripe-api-key-expired = The Stripe API key has expired
    .cause = The key was rolled in the Dashboard with an expiry, and that expiry has passed; the old key no longer authenticates.
    .translation = "Expired API Key provided".
    .analysis-1 = api_key_expired is an authentication error (401); retrying with the same key cannot work.
    .fix-1 = Replace the key with the current one from https://dashboard.stripe.com/apikeys and redeploy every service and job that uses it.
    .fix-2 = If you did not roll the key yourself, check the account's security log for who did, and audit where the old key was used.
    .prevention-1 = When rolling keys, choose an expiry long enough to deploy the new key everywhere, and track which services hold which key.

stripe-card-declined = The customer's card was declined
    .cause = The payment failed on the card side: the issuer declined it (insufficient_funds, generic_decline, do_not_honor, lost_card...), Stripe Radar blocked it as risky, or the card details are wrong (incorrect_cvc, expired_card, incorrect_number). Your Stripe account and code are working.
    .translation = "Your card was declined."
    .analysis-1 = card_error (HTTP 402, CardError / StripeCardError) is the expected outcome of a failed payment, not an integration bug; code and decline_code say why, and the message is safe to show to the payer.
    .analysis-2 = Retrying the same card unchanged usually fails again and can trigger issuer fraud rules; processing_error is the exception and can be retried once.
    .fix-1 = Show the error message to the customer and ask for another payment method or corrected details; log code, decline_code and the request id.
    .fix-2 = If the issuer requires authentication, use PaymentIntents with 3D Secure (requires_action, handled by Stripe.js confirmCardPayment / confirmPayment) instead of direct charges.
    .fix-3 = In test mode, check which test card you used: 4000 0000 0000 0002 and similar cards decline on purpose; use 4242 4242 4242 4242 for success.
    .prevention-1 = Handle CardError as a normal user-facing outcome in checkout code, and review Radar rules in the Dashboard if legitimate payments are being blocked.

stripe-resource-missing = Stripe cannot find the object: No such ...
    .cause = The id refers to an object that does not exist in the account and mode of this key: a test-mode id used with a live key (or the reverse), an object of a connected account fetched without the Stripe-Account header, a deleted object, or an id from another Stripe account.
    .translation = "No such OBJECT: 'id'": no object with this id exists for this key.
    .analysis-1 = resource_missing (HTTP 404, InvalidRequestError) is often followed by a hint such as "a similar object exists in test mode, but a live mode key was used".
    .analysis-2 = The param field of the error names the parameter that held the bad id (for example line_items[0][price]).
    .fix-1 = Use the key of the same mode as the object: test ids with sk_test_ keys, live ids with sk_live_ keys, and re-create test-mode prices and products in live mode before launch.
    .fix-2 = For Stripe Connect, pass the connected account: stripe_account="acct_..." (Python) or the stripeAccount request option (Node) when the object lives on that account.
    .fix-3 = Look the id up in the Dashboard search of the right account and mode, and stop using ids of deleted objects (for example stored customer ids after a data reset).
    .prevention-1 = Store ids together with the mode and account they belong to, and use lookup_key for prices instead of hard-coded price ids.

stripe-idempotency-mismatch = The Stripe idempotency key was reused with different parameters
    .cause = A request was sent with an Idempotency-Key that an earlier request with other parameters already used; Stripe refuses to treat two different operations as one.
    .translation = "Keys for idempotent requests can only be used with the same parameters they were first used with."
    .analysis-1 = idempotency_error (400, IdempotencyError) is a client-side design issue: the key is not unique per operation (a constant, a user id, an order id reused for several different calls).
    .analysis-2 = Stripe stores the first result for a key for at least 24 hours; until then the same key must come with exactly the same parameters.
    .fix-1 = Generate one key per logical operation (for example a UUID stored with the order attempt, or a hash of the operation's identity and parameters) and reuse it only for retries of that exact request.
    .fix-2 = If the parameters legitimately changed (amount edited), create a new key for the new request.
    .prevention-1 = Derive keys from operation type plus its own id (for example "pi-create-" plus the order attempt id) and never share a key between endpoints.

stripe-idempotency-key-in-use = Another Stripe request with the same idempotency key is still in flight
    .cause = Two requests with the same Idempotency-Key ran concurrently (a double submit, parallel retries, or a retry fired before the first attempt finished).
    .translation = "There is currently another in-progress request using this Idempotent Key / Stripe-Idempotency-Key. Please try again later."
    .analysis-1 = idempotency_key_in_use (409; IdempotencyError in Python and Node, IdempotencyException in Java, PHP and .NET) is transient: once the first request completes, retrying with the same key returns its stored result.
    .fix-1 = Retry after a short backoff with the same key and parameters; you will get the first request's result instead of a duplicate action.
    .fix-2 = Prevent double submits in the UI (disable the button) and do not run retries in parallel with the original request.
    .prevention-1 = Use the SDK's built-in retries (max_network_retries / maxNetworkRetries), which reuse the idempotency key and back off.

stripe-rate-limit = Stripe rate limit: too many requests, or an object is locked
    .cause = The account exceeded Stripe's request rate (about 100 read and 100 write operations per second in live mode, 25 in test mode, lower for some endpoints such as search), or many concurrent requests touched the same object (lock_timeout).
    .translation = "Request rate limit exceeded." / lock_timeout: "This object cannot be accessed right now because another API request or Stripe process is currently accessing it."
    .analysis-1 = HTTP 429 responses are retryable; the SDKs retry them when max network retries is enabled, using the same idempotency key.
    .analysis-2 = lock_timeout means contention on one object (for example updating the same customer or subscription from several workers), not overall volume.
    .fix-1 = Enable SDK retries with backoff: stripe.max_network_retries = 3 (Python) or maxNetworkRetries: 3 (Node).
    .fix-2 = Reduce the rate: queue bulk jobs, lower concurrency, use list auto-pagination instead of many individual retrieves, and listen to webhooks instead of polling.
    .fix-3 = For lock_timeout, serialize updates to the same object (one worker per customer or subscription).
    .prevention-1 = Load-test in test mode with its lower limits in mind and ask Stripe support before planned traffic spikes.

stripe-invalid-parameter = Stripe rejected a request parameter
    .cause = A required parameter is missing, an unknown parameter was sent (typo or a field from a newer or older API version), or a value has the wrong type (for example a decimal amount where Stripe expects an integer in the smallest currency unit).
    .translation = "Missing required param" / "Received unknown parameter" / "Invalid integer".
    .analysis-1 = invalid_request_error with code parameter_missing, parameter_unknown or parameter_invalid_* (HTTP 400); the param field names the exact parameter.
    .analysis-2 = The error often suggests the correct name ("Did you mean payment_method_types?"); amounts are integers in cents (or the smallest unit) for all currencies except zero-decimal ones.
    .fix-1 = Fix the parameter named in param against the API reference at https://docs.stripe.com/api for your API version (shown in the Dashboard under Developers).
    .fix-2 = Convert amounts to integers in the smallest unit (19.99 USD = 1999) and pass nested parameters in the structure the SDK expects.
    .prevention-1 = Pin the Stripe API version in the SDK configuration and upgrade deliberately, reading the changelog for renamed parameters.

stripe-nothing-to-invoice = Stripe has no pending items to put on the invoice
    .cause = An invoice was created for a customer without pending invoice items; newer API versions (2022-08-01 and later) no longer pull pending invoice items into a new invoice automatically.
    .translation = "Nothing to invoice for customer".
    .analysis-1 = invoice_no_customer_line_items (HTTP 400) is not retryable: the invoice would be empty.
    .analysis-2 = The usual cause is the order of calls: invoice items created before the invoice, without invoice=, stay pending and are not attached.
    .fix-1 = Create the invoice first, then create invoice items with invoice=INVOICE_ID, then finalize the invoice.
    .fix-2 = Or create the invoice with pending_invoice_items_behavior="include" to collect pending items created earlier for the customer.
    .prevention-1 = Follow the invoicing integration guide for your API version and test invoice creation flows after API version upgrades.

stripe-restricted-key-permission = The Stripe restricted key lacks the permission for this endpoint
    .cause = The request used a restricted API key (rk_...) that does not include the permission named in the message (for example rak_charge_read, rak_refund_write).
    .translation = "The provided key does not have the required permissions for this endpoint. Having the PERMISSION permission would allow this request to continue."
    .analysis-1 = HTTP 403 (PermissionError): authentication succeeded, authorization failed for this resource type.
    .fix-1 = Edit the restricted key at https://dashboard.stripe.com/apikeys (Restricted keys > the key > Edit) and grant the permission named in the message (Read or Write on that resource).
    .fix-2 = Or use a separate restricted key for the service that needs this access, instead of widening one shared key.
    .prevention-1 = Keep a list of which Stripe resources each service needs and give each service its own restricted key.

stripe-webhook-signature = Stripe webhook signature verification failed
    .cause = The signature in the Stripe-Signature header does not match the payload: the body was parsed and re-serialized by a JSON middleware before verification, the wrong endpoint secret (whsec_...) is used (test vs live, CLI vs Dashboard endpoint), or the event is older than the tolerance (5 minutes by default).
    .translation = "No signatures found matching the expected signature for payload."
    .analysis-1 = Verification is done locally by the SDK; Stripe's API was not called. The event is real but your server cannot prove it.
    .analysis-2 = Each webhook endpoint has its own signing secret, and stripe listen prints yet another one for local forwarding.
    .fix-1 = Pass the raw request body bytes to constructEvent / construct_event: in Express register express.raw with type application/json on the webhook route before express.json; in Flask use request.get_data(); in Next.js read await req.text().
    .fix-2 = Use the signing secret of this exact endpoint from https://dashboard.stripe.com/webhooks (or the whsec_ printed by stripe listen when testing locally) for the right mode.
    .fix-3 = Check the server clock if events fail only with timestamp errors, and do not re-deliver stored payloads long after receipt.
    .prevention-1 = Add an automated test that posts a signed sample event (stripe trigger) to the endpoint after each deployment.

stripe-api-error = Stripe had an internal error
    .cause = A temporary problem on Stripe's side (api_error, HTTP 500/502/503/504), not caused by the request parameters.
    .translation = "An unknown error occurred".
    .analysis-1 = The outcome is unknown: the operation may or may not have been applied. Retrying with the same Idempotency-Key is safe and returns the first result if it completed.
    .fix-1 = Retry with exponential backoff using the same idempotency key (the SDKs do this when max network retries is set).
    .fix-2 = Check https://status.stripe.com/ and, if a specific request keeps failing, contact Stripe support with the request id (req_...).
    .prevention-1 = Always send idempotency keys on POST requests that create or change money movements.

## Twilio

twilio-authenticate = Twilio rejected the credentials (error 20003)
    .cause = The Account SID and Auth Token (or API Key SID and secret) do not match: a mistyped or rotated Auth Token, a test-credential pair used for live calls, an API key from another account or subaccount, or an API key used without passing the Account SID.
    .translation = "Authenticate": authentication failed.
    .analysis-1 = HTTP 401 with code 20003 is an authentication failure for the whole request; the Twilio message itself is only "Authenticate".
    .analysis-2 = API keys (SK...) must be combined with the Account SID (AC...) of the account that owns them; regional API keys only work against that region's endpoint.
    .fix-1 = Copy the Account SID and Auth Token from https://console.twilio.com (Account info on the dashboard) into TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN; if the token was rotated, use the new primary token.
    .fix-2 = With an API key, construct the client as Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID) and check the key still exists under Account > API keys & tokens.
    .fix-3 = Check for test credentials (Test Account SID / Test Auth Token): they only work with magic test numbers, not for real sends or reads.
    .prevention-1 = Use API keys per service instead of the master Auth Token, store them in a secret manager, and rotate them on a schedule.

twilio-resource-not-found = Twilio resource not found (error 20404)
    .cause = The SID in the path does not exist in this account: a message, call, recording or phone number SID from another account or subaccount, a deleted resource, or a typo in the SID.
    .translation = "The requested resource ... was not found".
    .analysis-1 = HTTP 404 with code 20404. Resources of a subaccount are only visible with that subaccount's credentials or under its Account SID in the path.
    .fix-1 = Check the SID and look it up in the Twilio Console logs for the same account; use the subaccount's Account SID (client.api.accounts(SUB_SID)...) when the resource belongs to a subaccount.
    .fix-2 = If the resource was deleted (recordings and message bodies can be redacted or purged), handle 404 as "gone" in your code.
    .prevention-1 = Store resource SIDs together with the Account SID they belong to.

twilio-invalid-to-number = Twilio rejected the destination number (error 21211)
    .cause = The To number is not a valid phone number in the form Twilio expects: not E.164 (missing + and country code), with letters or spaces, too short or long, or not a dialable number in that country.
    .translation = "The 'To' number ... is not a valid phone number."
    .analysis-1 = HTTP 400 with code 21211; nothing was sent. Retrying the same number fails again.
    .fix-1 = Normalize numbers to E.164 before sending (for example +14155550100): the phonenumbers library in Python or libphonenumber-js in Node, with the user's default country.
    .fix-2 = Validate user input at signup with Twilio Lookup (https://www.twilio.com/docs/lookup/v2-api) to catch invalid or landline numbers early.
    .prevention-1 = Store phone numbers only in E.164 form and validate them when they are entered.

twilio-trial-unverified-number = Twilio trial account: the destination number is not verified
    .cause = Trial accounts (and, for messaging, accounts without an approved primary compliance profile) can only send SMS and place calls to phone numbers verified on the account (Verified Caller IDs); this destination is not one of them.
    .translation = "The number is unverified. Trial accounts cannot send messages to unverified numbers." (error 21608, calls: 21219)
    .analysis-1 = HTTP 400 with code 21608 (SMS) or 21219 (voice). This is an account restriction, not a problem with the number or your code.
    .fix-1 = Verify the destination under Phone Numbers > Manage > Verified Caller IDs in https://console.twilio.com (Twilio calls or texts a code to it).
    .fix-2 = Upgrade the account (add billing details) and get a primary compliance profile approved in Trust Hub to send to any number; trial messages also carry a "Sent from your Twilio trial account" prefix until then.
    .prevention-1 = Use a paid account for any test involving real users' numbers, and keep trial-mode checks out of production configuration.

twilio-geo-permission = Twilio geographic permissions block this destination country
    .cause = The account's geo permissions do not allow SMS (21408) or voice calls (21215) to the country of this number; Twilio blocks most countries by default to prevent toll fraud.
    .translation = "Permission to send an SMS has not been enabled for the region indicated by the 'To' number" / "Account not authorized to call".
    .analysis-1 = HTTP 400; the request is valid but the destination country is disabled for your account.
    .fix-1 = Enable the country in the Console: Messaging > Settings > Geo permissions for SMS, Voice > Settings > Geo permissions for calls (https://console.twilio.com), then retry.
    .fix-2 = If the country is marked high-risk, enabling it may require an upgraded account or a request to Twilio support.
    .prevention-1 = Enable only the countries you serve, and monitor for unexpected international traffic (SMS pumping).

twilio-too-many-requests = Twilio rate limit: too many concurrent requests (error 20429)
    .cause = The account exceeded Twilio's concurrency limit for REST API requests (about 100 concurrent requests per account by default) or the per-resource rate.
    .translation = "Too many requests. Please retry according to the Retry-After response header."
    .analysis-1 = HTTP 429 with code 20429 is retryable after the delay in Retry-After.
    .analysis-2 = Message sending is also queued per sender number (MPS, messages per second); very large bursts should go through a Messaging Service.
    .fix-1 = Retry with backoff honouring Retry-After, and limit the number of in-flight requests (a worker pool of 10 to 50 instead of unbounded parallelism).
    .fix-2 = For bulk SMS, send through a Messaging Service with a sender pool and let Twilio queue messages instead of pacing them yourself.
    .prevention-1 = Bound concurrency in every Twilio client and spread scheduled campaigns over time.

## Slack

twilio-message-body-too-long = The Twilio message body is longer than 1600 characters (error 21617)
    .cause = The Body sent to the Messages API (or in a TwiML Message verb) is over Twilio's limit of 1,600 characters for one message, usually because templates or concatenated strings grew, or because emoji and other non-GSM-7 characters count as more than one character.
    .translation = "The concatenated message body exceeds the 1600 character limit."
    .analysis-1 = HTTP 400 with Twilio code 21617: nothing was sent and nothing was billed; the same body fails on every retry.
    .analysis-2 = Twilio splits long SMS into segments itself: 153 characters per segment with GSM-7, only 67 once any UCS-2 character (emoji, smart quotes, CJK) is present, and each segment is billed; Twilio recommends at most 320 characters per SMS for deliverability.
    .fix-1 = Split the text into several messages of at most 1,600 characters each (at word boundaries), or shorten it, for example by sending a link to the full content.
    .fix-2 = Replace characters that force UCS-2 (smart quotes, long dashes, emoji) or turn on Smart Encoding in the Messaging Service settings, so fewer segments are needed.
    .prevention-1 = Check the length and segment count before sending (Twilio's Message Segment Calculator shows both) and cap template fields that come from users.

slack-not-authed = The Slack API call carried no token (not_authed)
    .cause = No token reached Slack: the token variable is empty or unset, the client was created without token, or the token was sent in a way this method does not accept.
    .translation = "not_authed": no authentication token provided.
    .analysis-1 = Slack returns HTTP 200 with ok: false and error not_authed; the HTTP status does not reveal the failure, so check the ok field.
    .fix-1 = Pass the token: WebClient(token=os.environ["SLACK_BOT_TOKEN"]) in Python, new WebClient(process.env.SLACK_BOT_TOKEN) in Node, or Authorization: Bearer xoxb-... for raw HTTP.
    .fix-2 = Check that the variable exists in the process environment (print its prefix, e.g. xoxb-, not the value) and call auth.test at startup.
    .prevention-1 = Fail fast when the token is missing and keep tokens in a secret store.

slack-invalid-auth = The Slack token is invalid, revoked or expired
    .cause = The token was sent but Slack no longer accepts it: the app was uninstalled or reinstalled (which issues a new token), the token was revoked, it belongs to another workspace, token rotation is on and the 12-hour access token expired, or the user is deactivated (account_inactive).
    .translation = "invalid_auth" / "token_revoked" / "token_expired": the token is not valid for this workspace.
    .analysis-1 = Returned as HTTP 200 with ok: false. Retrying with the same token always fails.
    .analysis-2 = With token rotation enabled, access tokens (xoxe.xoxb-...) expire after 12 hours and must be refreshed with the refresh token via oauth.v2.access.
    .fix-1 = Get the current token from https://api.slack.com/apps > your app > OAuth & Permissions (Bot User OAuth Token, xoxb-...) after reinstalling the app to the workspace, and update the secret.
    .fix-2 = If token rotation is on, refresh the access token with grant_type=refresh_token before it expires and store the new refresh token each time.
    .fix-3 = Check you use the token of the right workspace (multi-workspace apps store one token per installation).
    .prevention-1 = Call auth.test at startup, alert on invalid_auth, and use the Bolt installation store for multi-workspace apps.

slack-missing-scope = The Slack token lacks a required OAuth scope (missing_scope)
    .cause = The app's token does not have the scope this method needs; the response lists needed and provided scopes.
    .translation = "missing_scope": the token is missing a permission scope required by this method.
    .analysis-1 = Returned as HTTP 200 with ok: false, plus needed (the scope to add) and provided (the scopes the token has).
    .analysis-2 = Adding a scope in the app settings is not enough: the app must be reinstalled so that a new token with the scope is issued.
    .fix-1 = Add the scope from needed under https://api.slack.com/apps > your app > OAuth & Permissions > Scopes (Bot Token Scopes for xoxb tokens), then reinstall the app to the workspace and deploy the new token.
    .fix-2 = Check whether you are using a bot token (xoxb) or a user token (xoxp); the scope must be added to the matching list.
    .prevention-1 = Keep the required scopes in the app manifest under version control, so reinstalling always grants them.

slack-channel-not-found = Slack cannot find the channel (channel_not_found)
    .cause = The channel argument does not resolve for this token: a channel name instead of its ID, a private channel the bot is not a member of, a channel in another workspace, or an archived or deleted channel.
    .translation = "channel_not_found": the channel could not be found.
    .analysis-1 = Returned as HTTP 200 with ok: false. For private channels and DMs, "not found" also means "not visible to this token".
    .fix-1 = Pass the channel ID (C..., G... or D...), found in the channel details in Slack or via conversations.list, instead of "#name".
    .fix-2 = For private channels, invite the bot (/invite @yourbot in the channel); for DMs, open one with conversations.open and use its ID.
    .fix-3 = Check the token belongs to the workspace of the channel.
    .prevention-1 = Store channel IDs in configuration, not names; names change, IDs do not.

slack-object-not-found = Slack cannot find the object named in the call (…_not_found)
    .cause = An ID in the arguments does not resolve for this token: a message ts that does not exist in that channel (deleted, or the ts of another channel or thread), a user or email that is not in the workspace, a file or thread that was removed, or an ID from another workspace. For direct messages, a user ID (U...) was passed where the DM's conversation ID (D...) is needed.
    .translation = "message_not_found", "user_not_found", "users_not_found", "file_not_found", "thread_not_found", "team_not_found": the message, user, file, thread or workspace could not be found.
    .analysis-1 = Returned as HTTP 200 with ok: false; the token and scopes were accepted, only the object was not found, so retrying unchanged fails the same way.
    .analysis-2 = Objects the token cannot see are reported as not found too: messages in a private channel the bot has not joined, or users of another workspace.
    .fix-1 = Check the exact IDs sent: the ts must be the string returned by chat.postMessage or conversations.history for the same channel (keep all its digits), and the channel must be its ID, not its name.
    .fix-2 = Look the object up instead of guessing it: conversations.history or conversations.replies to find the message or thread, users.lookupByEmail (scope users:read.email) to turn an email into a user ID, conversations.open to get a DM's D... ID.
    .fix-3 = Make sure the bot is a member of the channel (/invite @yourbot) and that the message or file was not deleted in the meantime.
    .prevention-1 = Store the IDs Slack returns (channel ID and ts together) rather than names, and handle *_not_found as a normal outcome when objects can be deleted by users.

slack-not-in-channel = The Slack bot is not a member of the channel (not_in_channel)
    .cause = The bot must be a member of the conversation to post or read history there, and it has not joined or been invited.
    .translation = "not_in_channel": the app is not in this channel.
    .analysis-1 = Returned as HTTP 200 with ok: false; the token and scopes are fine, only membership is missing.
    .fix-1 = For public channels call conversations.join with the channel ID (needs the channels:join scope) before posting.
    .fix-2 = For private channels a member must invite the bot (/invite @yourbot); or, for public channels only, add chat:write.public to post without joining.
    .prevention-1 = Join the configured channels at app startup and report clearly when the bot is missing from a private one.

slack-ratelimited = Slack rate limit hit (ratelimited, HTTP 429)
    .cause = The app called this method faster than its rate-limit tier allows (Tier 1 about 1 per minute up to Tier 4 about 100 per minute; chat.postMessage about 1 message per second per channel).
    .translation = "ratelimited": too many requests for this method; retry after the Retry-After delay.
    .analysis-1 = HTTP 429 with a Retry-After header in seconds; limits are per app, per workspace and per method.
    .analysis-2 = conversations.history and similar paginated methods have low tiers for non-Marketplace apps, so full-history scans must be paced.
    .fix-1 = Wait Retry-After seconds before retrying: slack_sdk's RateLimitErrorRetryHandler and @slack/web-api's default retry policy do this.
    .fix-2 = Reduce calls: cache users and channels lists, use the Events API instead of polling, and batch messages into fewer posts.
    .prevention-1 = Queue outgoing messages per channel at about one per second and respect each method's tier.

slack-internal-error = Slack had an internal error
    .cause = A transient failure on Slack's side (internal_error, fatal_error, service_unavailable, request_timeout); the request itself may be fine.
    .translation = "internal_error" / "fatal_error": the server could not complete the operation.
    .analysis-1 = The operation may have partly succeeded (for example a message posted, a file uploaded), so check before repeating side effects.
    .fix-1 = Retry with exponential backoff; for posts, check whether the message already exists (by client_msg_id or recent history) before sending again.
    .fix-2 = Check https://slack-status.com/ if it persists, and contact Slack with the x-slack-req-id header value.
    .prevention-1 = Make Slack side effects idempotent where you can and keep retries bounded.

## Discord

discord-unauthorized = Discord rejected the bot token (401 Unauthorized)
    .cause = The token is invalid: mistyped, reset in the Developer Portal (resetting invalidates the old one), the OAuth2 client secret or application id used instead of the bot token, or sent without the "Bot " prefix in raw HTTP calls.
    .translation = "401: Unauthorized" / "Improper token has been passed" / "An invalid token was provided".
    .analysis-1 = Discord returns 401 with code 0; the libraries surface it as LoginFailure (discord.py) or TokenInvalid (discord.js) at login.
    .analysis-2 = Repeated 401s count towards Discord's invalid-request limit (10,000 per 10 minutes), after which Cloudflare temporarily bans the IP.
    .fix-1 = Copy the token from https://discord.com/developers/applications > your app > Bot > Reset Token and store it in DISCORD_TOKEN without quotes or whitespace.
    .fix-2 = For raw HTTP, send Authorization: Bot TOKEN (not Bearer, which is for OAuth2 user tokens).
    .prevention-1 = Stop retrying on 401 and alert instead; never commit tokens (Discord and GitHub scan for leaked tokens and reset them).

discord-missing-permissions = The Discord bot lacks a permission for this action (50013)
    .cause = The bot's roles do not grant the permission needed (Send Messages, Manage Roles, Manage Messages, Embed Links, Attach Files...), a channel permission overwrite denies it, or the target is above the bot in the role hierarchy (editing a member or role with a higher top role, or the server owner).
    .translation = "Missing Permissions".
    .analysis-1 = HTTP 403 with code 50013. The bot can see the channel or guild (otherwise it would be 50001) but may not do this particular action.
    .analysis-2 = Role hierarchy matters even with Administrator: a bot cannot change roles or nicknames of members whose highest role is above its own.
    .fix-1 = Grant the permission to the bot's role in Server Settings > Roles, and check the channel's Permissions tab for overwrites that deny it.
    .fix-2 = Drag the bot's role above the roles it must manage (Server Settings > Roles ordering); it can never act on the server owner.
    .fix-3 = Re-invite the bot with the needed permissions in the OAuth2 URL (permissions integer) if it was added with too few.
    .prevention-1 = Check permissions before acting (discord.py channel.permissions_for(guild.me), discord.js channel.permissionsFor(client.user)) and report missing ones to the server admin.

discord-missing-access = The Discord bot cannot access this channel or guild (50001)
    .cause = The bot cannot see the target: it lacks View Channel (or Read Message History) in that channel, the channel is private or in a category it cannot see, the bot is not in the guild, or the application.commands scope is missing for registering commands.
    .translation = "Missing Access".
    .analysis-1 = HTTP 403 with code 50001 means no access at all, before any specific permission check.
    .fix-1 = Give the bot's role View Channel (and Send Messages / Read Message History as needed) on that channel or category.
    .fix-2 = Make sure the bot is still in the guild and that you use the right channel and guild ids; for slash-command registration, re-invite with the applications.commands scope.
    .prevention-1 = Validate configured channel ids at startup and log which ones the bot cannot view.

discord-unknown-resource = Discord: unknown channel, message, guild or other object (10xxx)
    .cause = The id does not refer to an object the bot can reach: deleted messages or channels, an id copied from another server, a user id used where a member id in this guild is needed, or a snowflake mangled by converting it to a floating-point number.
    .translation = "Unknown Channel" / "Unknown Message" / "Unknown Guild" ...
    .analysis-1 = HTTP 404 with a 10xxx JSON code (10003 channel, 10008 message, 10004 guild, 10007 member, 10013 user, 10011 role).
    .analysis-2 = Discord ids are 64-bit integers; in JavaScript keep them as strings, because Number loses the last digits.
    .fix-1 = Re-fetch the id (enable Developer Mode in Discord, right-click > Copy ID) and check it belongs to the server the bot is in.
    .fix-2 = Treat 404 on delete or edit as "already gone" (messages deleted by users or other bots).
    .prevention-1 = Keep snowflakes as strings end to end and handle deleted objects gracefully.

discord-unknown-interaction = Discord interaction expired before the bot answered (10062)
    .cause = The bot must acknowledge an interaction (slash command, button, select menu) within 3 seconds; it replied later, replied twice, or another instance of the bot consumed the interaction first.
    .translation = "Unknown interaction": the interaction token is no longer valid.
    .analysis-1 = Returned as 404 with code 10062, but the cause is timing: after 3 seconds without an initial response the interaction token is invalid for the initial reply.
    .analysis-2 = Two processes running with the same token (a local dev instance plus production) race for the same interactions; the loser gets this error.
    .fix-1 = Defer immediately (interaction.deferReply() in discord.js, await interaction.response.defer() in discord.py), then do the slow work and send the result with editReply / followup within 15 minutes.
    .fix-2 = Make sure only one instance of the bot is running with this token.
    .prevention-1 = Keep slow work (API calls, database queries) after the defer, and monitor handler latency.

discord-payload-too-large = The Discord upload is too large
    .cause = An attached file or the whole request exceeds Discord's limit (the default upload limit for bots in a server, typically 10 MB, or higher on boosted servers; total request size limits also apply).
    .translation = "Request entity too large" / "File cannot be larger than N MB."
    .analysis-1 = HTTP 413 with code 40005, or 400 Invalid Form Body with BINARY_TYPE_MAX_SIZE on files[n]: the same request will always fail.
    .fix-1 = Compress or downscale the file (images, video) or split it, and check the guild's limit (guild.filesize_limit in discord.py) before uploading.
    .fix-2 = Upload large files to object storage and post a link instead of the attachment.
    .prevention-1 = Validate attachment size against the guild's limit before sending.

discord-invalid-form-body = Discord rejected the request body (50035 Invalid Form Body)
    .cause = A field in the message or payload violates Discord's limits or schema: content over 2,000 characters, embed description over 4,096, more than 25 fields or 10 embeds, an empty required field, a wrong type or an invalid URL.
    .translation = "Invalid Form Body": one or more fields are invalid (the line below it names the field and the rule).
    .analysis-1 = HTTP 400 with code 50035; the nested errors object (printed under the summary) gives the path, e.g. embeds.0.description, and a code such as BASE_TYPE_MAX_LENGTH.
    .fix-1 = Read the field path and rule in the detail line and fix that field: split long content into several messages (2,000 characters each), truncate embed texts, and fill required fields.
    .fix-2 = Validate URLs (embed url, image url must be http or https) and types (colors as integers, timestamps as ISO 8601).
    .prevention-1 = Enforce Discord's documented limits in your message builders before sending.

discord-rate-limited = Discord rate limit hit (429)
    .cause = The bot exceeded a per-route bucket limit, the global limit of 50 requests per second, or a resource-specific limit (for example reactions, channel renames twice per 10 minutes).
    .translation = "You are being rate limited."
    .analysis-1 = The body's retry_after (seconds) and the Retry-After / X-RateLimit-Reset-After headers say how long to wait; global: true means every route is blocked for that time.
    .analysis-2 = discord.py and discord.js handle these automatically; frequent warnings mean the bot's request pattern is too bursty.
    .fix-1 = Wait retry_after before the next request on that route (let the library's rate limiter do it; do not call the REST API in parallel around it).
    .fix-2 = Reduce calls: batch edits, avoid renaming channels or editing the same message in loops, and cache data instead of fetching it repeatedly.
    .prevention-1 = Watch X-RateLimit-Remaining and the bucket headers, and design loops to stay well below the limits.

discord-cloudflare-ban = Discord's Cloudflare temporarily banned this IP (error 1015)
    .cause = Too many invalid requests (401, 403 or 429 responses, more than 10,000 in 10 minutes) came from this IP, so Cloudflare blocks it for about an hour; common on shared hosting (Replit, free tiers) where other bots share the IP.
    .translation = "Access denied: discord.com used Cloudflare to restrict access. Error 1015: You are being rate limited."
    .analysis-1 = The response is an HTML Cloudflare page, not Discord JSON; all requests from the IP fail, regardless of token.
    .fix-1 = Stop the bot and wait for the ban to expire (usually up to an hour); restarting immediately extends it.
    .fix-2 = Fix the source of invalid requests: bad token retries (401), missing-permission retries (403), ignoring 429 retry_after; then restart.
    .fix-3 = On shared hosting, move the bot to a host with its own IP address.
    .prevention-1 = Never retry 401 or 403 automatically, always honour 429 retry_after, and count invalid responses to stop before the threshold.

## Kubernetes

kubernetes-unauthorized = The Kubernetes API server did not accept your credentials (401 Unauthorized)
    .cause = The kubeconfig user's credential is invalid for this cluster: an expired token or client certificate, a cloud exec plugin that failed or is missing (aws, gke-gcloud-auth-plugin, kubelogin), a kubeconfig for a cluster that was recreated, or the wrong context selected.
    .translation = "You must be logged in to the server (Unauthorized)".
    .analysis-1 = 401 means authentication failed: the API server could not map the request to any user. RBAC was not evaluated yet (that would be 403 Forbidden).
    .analysis-2 = On managed clusters the token comes from an exec plugin each time; the plugin's own login (aws sso login, gcloud auth login, az login) may be what expired.
    .fix-1 = Check the context: kubectl config current-context and kubectl config view --minify; switch with kubectl config use-context if it points to the wrong cluster.
    .fix-2 = Refresh the credentials of managed clusters: aws eks update-kubeconfig --name CLUSTER (after aws sso login), gcloud container clusters get-credentials CLUSTER (with gke-gcloud-auth-plugin installed), az aks get-credentials plus kubelogin convert-kubeconfig.
    .fix-3 = For kubeadm or self-managed clusters, check client certificate expiry (kubeadm certs check-expiration) and renew it, then copy the new admin.conf; for service-account tokens, create a fresh one (kubectl create token SA).
    .prevention-1 = Use exec-plugin based short-lived credentials rather than static tokens in kubeconfig, and renew cluster certificates before their yearly expiry.

kubernetes-rbac-forbidden = Kubernetes RBAC forbids this action for your user or service account
    .cause = The identity named in the message (user or system:serviceaccount:NAMESPACE:NAME) has no Role or ClusterRole binding that allows this verb on this resource in this namespace (or at cluster scope).
    .translation = "RESOURCE is forbidden: User X cannot VERB resource RESOURCE in API group G in the namespace N".
    .analysis-1 = 403 Forbidden after successful authentication. The message names exactly the missing permission: verb, resource, API group and namespace (or "at the cluster scope").
    .analysis-2 = Pods use their ServiceAccount (default if none is set); on EKS the IAM identity maps to a Kubernetes user via access entries or the aws-auth ConfigMap.
    .fix-1 = Confirm the gap: kubectl auth can-i VERB RESOURCE -n NAMESPACE --as=USER (for service accounts --as=system:serviceaccount:NS:NAME); kubectl auth can-i --list shows everything allowed.
    .fix-2 = Grant it with a Role and RoleBinding in that namespace (kubectl create role ... --verb=... --resource=...; kubectl create rolebinding ... --serviceaccount=NS:NAME), or a ClusterRole and ClusterRoleBinding for cluster-scoped resources such as nodes or namespaces.
    .fix-3 = If the identity is not the one you expected, fix the pod's serviceAccountName or the kubeconfig user; on EKS add an access entry (aws eks create-access-entry) for the IAM role.
    .prevention-1 = Keep RBAC in version control, one ServiceAccount per workload with namespace-scoped Roles, and test with kubectl auth can-i in CI.

kubernetes-forbidden = Kubernetes API server refused the request (Forbidden)
    .cause = The API server authenticated the caller but its authorizer (RBAC, Node, webhook) does not allow this verb on this resource, or the request came in as an identity without rights (system:anonymous when no credentials were accepted).
    .analysis-1 = Reason Forbidden is HTTP 403 from the API server. The message names the user, the verb and the resource when the server discloses them.
    .fix-1 = Check what the identity may do: kubectl auth can-i --list, or kubectl auth can-i VERB RESOURCE -n NAMESPACE, and kubectl auth whoami to see which user the server sees.
    .fix-2 = Grant the missing verb with a Role and RoleBinding (or ClusterRole and ClusterRoleBinding for cluster-scoped resources), or use a kubeconfig context whose user has it.
    .fix-3 = If the user is system:anonymous, the client credentials were not sent or not accepted: check the user entry of the current kubeconfig context (kubectl config view --minify).
    .prevention-1 = Give each workload its own service account with a least-privilege Role, and test permissions with kubectl auth can-i in CI.

kubernetes-server-timeout = Kubernetes API server could not answer in time (ServerTimeout / Timeout)
    .cause = The API server accepted the request but could not complete it in time: etcd is slow or unhealthy, the server is overloaded, or an aggregated API or webhook it waits on is slow.
    .analysis-1 = Reason ServerTimeout means "try again later"; Timeout (HTTP 504) means the request may still finish in the background. The connection itself worked, unlike "Unable to connect to the server".
    .fix-1 = Retry after a short wait; for long lists use --chunk-size or --request-timeout to give the server more time.
    .fix-2 = Check the control plane: kubectl get --raw='/readyz?verbose' and the etcd and API server logs or metrics (request latency, etcd database size).
    .fix-3 = List the APIService objects (kubectl get apiservices) and look for ones that are not Available: an unavailable aggregated API slows or fails discovery.
    .prevention-1 = Watch API server latency and etcd health, and keep slow admission webhooks out of the request path with timeoutSeconds.

kubernetes-exceeded-quota = A Kubernetes ResourceQuota blocks this object
    .cause = The namespace has a ResourceQuota and creating this object would exceed it (CPU, memory, storage, object counts), or the quota requires requests/limits that the pod does not set ("failed quota: must specify limits.cpu").
    .translation = "forbidden: exceeded quota: NAME, requested: X, used: Y, limited: Z".
    .analysis-1 = Returned as 403 Forbidden by the ResourceQuota admission plugin; the message lists what was requested, what is used and the hard limit.
    .analysis-2 = For Deployments the error appears in ReplicaSet events (kubectl describe rs / kubectl get events), not in kubectl apply, which succeeds.
    .fix-1 = Inspect the quota: kubectl describe resourcequota -n NAMESPACE shows Used and Hard for each resource.
    .fix-2 = Lower the pod's requests/limits, scale down or delete other workloads in the namespace, or ask the namespace admin to raise the quota.
    .fix-3 = For "must specify", set resources.requests and resources.limits on every container, or add a LimitRange that supplies defaults.
    .prevention-1 = Set explicit requests and limits in all manifests and alert on quota usage above 80 percent per namespace.

kubernetes-pod-security = Pod Security admission rejected the pod
    .cause = The namespace enforces a Pod Security Standard (baseline or restricted) and the pod spec violates it: privileged containers, hostNetwork/hostPath, running as root, missing seccompProfile, allowPrivilegeEscalation not false, capabilities not dropped.
    .translation = "violates PodSecurity LEVEL:VERSION: ..." followed by each violated rule and the field to set.
    .analysis-1 = 403 Forbidden from the PodSecurity admission controller; the message lists every violation with the exact securityContext field to change.
    .analysis-2 = For Deployments, DaemonSets and Jobs the controller creates pods later, so the error shows in events (FailedCreate) while apply only printed a warning.
    .fix-1 = Make the pod compliant: set the securityContext fields the message names (runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities.drop: ["ALL"], seccompProfile.type: RuntimeDefault).
    .fix-2 = If the workload genuinely needs host access (CNI, monitoring agents), run it in a namespace labelled pod-security.kubernetes.io/enforce=privileged, decided by the cluster admin.
    .fix-3 = Check the namespace's labels (kubectl get ns NAME --show-labels) to see which level is enforced, audited and warned.
    .prevention-1 = Test manifests with kubectl apply --dry-run=server in a namespace with the target enforcement level before deploying.

kubernetes-not-found = The Kubernetes object was not found
    .cause = No object with this name exists in the namespace queried: a typo, the wrong namespace (kubectl uses the context's default namespace, often default), the wrong cluster context, or the object was deleted.
    .translation = "RESOURCE NAME not found".
    .analysis-1 = 404 NotFound for a named object; the resource type itself exists (otherwise the message is "the server doesn't have a resource type").
    .analysis-2 = Namespaced objects are invisible from other namespaces; kubectl get KIND -A searches all of them.
    .fix-1 = Add -n NAMESPACE or set it on the context (kubectl config set-context --current --namespace=NS); find the object with kubectl get KIND -A | grep NAME.
    .fix-2 = Check you are on the intended cluster (kubectl config current-context).
    .fix-3 = In code, treat 404 on delete as success and create missing dependencies (ConfigMaps, Secrets, namespaces) before the objects that reference them.
    .prevention-1 = Always set metadata.namespace in manifests and pass explicit namespaces in scripts.

kubernetes-no-resource-type = The Kubernetes API server does not serve this resource type or API version
    .cause = The kind or API version does not exist on this cluster: a CRD that is not installed (cert-manager, Prometheus operator...), an API version that was removed in this Kubernetes release (extensions/v1beta1 Ingress, policy/v1beta1 PodSecurityPolicy...), a typo in the resource name, or client/server version skew.
    .translation = "the server doesn't have a resource type X" / "no matches for kind X in version Y".
    .analysis-1 = Discovery could not map the kind or resource; nothing about your object was checked yet.
    .analysis-2 = Removed APIs are listed in the Kubernetes deprecation guide; manifests written for old clusters often still use them.
    .fix-1 = List what the cluster serves: kubectl api-resources and kubectl api-versions, and update apiVersion in the manifest (for example networking.k8s.io/v1 for Ingress).
    .fix-2 = Install the CRDs of the operator or chart first (for example the cert-manager CRDs) and wait until they are Established before applying custom resources.
    .fix-3 = Compare kubectl version client and server; keep kubectl within one minor version of the cluster.
    .prevention-1 = Run a deprecated-API checker (kubent, pluto) against manifests and Helm charts before cluster upgrades.

kubernetes-already-exists = The Kubernetes object already exists
    .cause = kubectl create (or a POST from a client) tried to create an object whose name is already taken in that namespace.
    .translation = "RESOURCE NAME already exists".
    .analysis-1 = 409 AlreadyExists is not retryable as-is; create is not idempotent.
    .fix-1 = Use kubectl apply (create or update) instead of create, or for generated objects pipe kubectl create ... --dry-run=client -o yaml into kubectl apply -f -.
    .fix-2 = In code, catch 409 AlreadyExists and switch to get-and-update, or use server-side apply (PATCH with application/apply-patch+yaml).
    .prevention-1 = Make deployment steps idempotent by using apply semantics everywhere.

kubernetes-conflict-modified = The Kubernetes object changed since you read it (resourceVersion conflict)
    .cause = Optimistic concurrency: the update carried an old resourceVersion because something else (a controller, another kubectl, an operator) modified the object between your read and your write.
    .translation = "Operation cannot be fulfilled on RESOURCE NAME: the object has been modified; please apply your changes to the latest version and try again".
    .analysis-1 = 409 Conflict is expected under concurrency and safe to retry after re-reading the object; controllers see it routinely.
    .analysis-2 = Repeated conflicts on the same object usually mean two writers fight over the same fields (for example an HPA and a manifest both setting replicas).
    .fix-1 = Re-read the object and re-apply your change in a retry loop (client-go retry.RetryOnConflict, kubernetes Python client: catch 409 and get again).
    .fix-2 = Use server-side apply (kubectl apply --server-side, or PATCH with a field manager) so that each writer owns its fields and resourceVersion is not compared.
    .fix-3 = Remove fields managed by someone else from your manifest (for example drop replicas when an HPA manages them).
    .prevention-1 = Prefer patches and server-side apply over read-modify-replace, and keep one owner per field.

kubernetes-invalid = The Kubernetes API server rejected the object as invalid (422)
    .cause = The object failed validation: a field has an invalid or missing value, an unknown enum value, a duplicate, or you tried to change an immutable field (Deployment selector, Job template, Service clusterIP, PVC storage class).
    .translation = "The KIND NAME is invalid: FIELD: Invalid value: ..." (or Required value / field is immutable).
    .analysis-1 = 422 Invalid; the message gives the field path and the rule that failed, which is the whole diagnosis.
    .analysis-2 = "field is immutable" cannot be fixed by editing the same object: it must be deleted and recreated (or a new object created with another name).
    .fix-1 = Fix the field named in the message; kubectl explain KIND.FIELD shows the schema, and kubectl apply --dry-run=server -f FILE validates without changing anything.
    .fix-2 = For immutable fields, delete and recreate the object (kubectl replace --force -f FILE), or create a new one with a different name and switch traffic.
    .prevention-1 = Validate manifests in CI with kubectl apply --dry-run=server or kubeconform against the target Kubernetes version.

kubernetes-request-too-large = The Kubernetes object or request is too large (etcd / API server limit)
    .cause = A single object exceeds the size the API server and etcd accept (about 1.5 MB per request in etcd, 1 MiB of data in a ConfigMap or Secret, 256 KiB of annotations), typically a big ConfigMap, a Helm release Secret that bundles large chart files, or the last-applied-configuration annotation of kubectl apply.
    .translation = "the server responded with the status code 413" / "etcdserver: request is too large" / "Too long: must have at most N bytes".
    .analysis-1 = The limit is per object, so retrying or raising timeouts cannot help; the object must get smaller or be split.
    .analysis-2 = Helm stores the whole rendered release, compressed, in one Secret (sh.helm.release.v1...); files accidentally included in the chart (archives, datasets) bloat it.
    .fix-1 = For "metadata.annotations: Too long", switch to server-side apply (kubectl apply --server-side), which does not write the last-applied annotation.
    .fix-2 = For Helm, exclude large files with .helmignore, move big data out of the chart (download at runtime, use a volume), or split the chart.
    .fix-3 = Split big ConfigMaps or Secrets into several objects, or keep large data in object storage or a PersistentVolume and mount it.
    .prevention-1 = Keep configuration objects small and check chart package size in CI.

kubernetes-too-many-requests = The Kubernetes API server is throttling requests (429)
    .cause = API Priority and Fairness (or max-in-flight limits) rejected the request because the priority level of your flow is saturated: too many concurrent or heavy requests (large LIST calls, many watchers, a controller in a hot loop).
    .translation = "the server has received too many requests and has asked us to try again later".
    .analysis-1 = 429 TooManyRequests with Retry-After is retryable; client-go and kubectl retry automatically, so visible errors mean sustained overload.
    .analysis-2 = One misbehaving client (a CI job listing all pods every second, an operator without informers) can starve others in the same priority level.
    .fix-1 = Back off using Retry-After, and reduce load: use informers/watches instead of polling, paginate LIST calls (limit/continue), and lower client QPS and burst for batch tools.
    .fix-2 = Find the heavy clients with apiserver metrics (apiserver_flowcontrol_rejected_requests_total, by flow schema) and fix or isolate them with a dedicated FlowSchema and PriorityLevelConfiguration.
    .prevention-1 = Give automation its own service account and FlowSchema, and review API request volume after deploying new controllers.

kubernetes-webhook-failed = A Kubernetes admission webhook failed, so the API server rejected the request
    .cause = The API server had to call an admission webhook (ingress-nginx, cert-manager, OPA Gatekeeper, Kyverno, Istio...) and the call failed: the webhook pod is down or not ready, its Service has no endpoints, network policies or firewall rules block the control plane, or its TLS certificate is wrong.
    .translation = "Internal error occurred: failed calling webhook NAME: ..." followed by the network or TLS error from the call.
    .analysis-1 = 500 InternalError caused by infrastructure, not by your object; the detail after "failed to call webhook" (connection refused, context deadline exceeded, x509) says what broke.
    .analysis-2 = On private GKE/EKS clusters the control plane can only reach webhook ports that the firewall allows (often only 443 and 10250), a classic cause of timeouts.
    .fix-1 = Check the webhook's Service and pods: kubectl get validatingwebhookconfigurations,mutatingwebhookconfigurations, then kubectl get pods,endpoints -n NAMESPACE for the service named in the URL, and read its logs.
    .fix-2 = On private clusters, open the webhook's target port from the control plane CIDR (GKE firewall rule, EKS cluster security group).
    .fix-3 = If the webhook belongs to an uninstalled component, delete its leftover ValidatingWebhookConfiguration / MutatingWebhookConfiguration.
    .prevention-1 = Run webhooks with several replicas and PodDisruptionBudgets, and scope them with namespaceSelector so an outage does not block the whole cluster.

kubernetes-webhook-timeout = The API server timed out calling an admission webhook (context deadline exceeded)
    .cause = The API server had to call an admission webhook (cert-manager, ingress-nginx, the AWS Load Balancer Controller, Gatekeeper, Kyverno, Istio...) and got no answer within the webhook's timeoutSeconds: the webhook pod is not running or not ready yet, its Service has no endpoints, or a firewall, security group or network policy drops the traffic from the control plane to the webhook port.
    .translation = "failed calling webhook NAME: failed to call webhook: Post URL?timeout=10s: context deadline exceeded": the call to the webhook took longer than its timeout.
    .analysis-1 = Returned as 500 InternalError whatever the object is; the URL shows the Service, namespace and timeout, and "context deadline exceeded" means packets went unanswered, typically dropped by a firewall rather than refused.
    .analysis-2 = On private GKE clusters the control plane may only reach nodes on ports 443 and 10250, and on EKS only the ports the cluster security group allows; webhooks that listen on 8443, 9443 or 15017 time out until that port is opened. Right after a helm install, the webhook's own pod may simply not be Ready yet.
    .fix-1 = Check the Service named in the URL: kubectl get endpoints -n NAMESPACE SERVICE must list ready addresses; if not, look at kubectl get pods and the logs of the webhook deployment.
    .fix-2 = Open the webhook's targetPort from the control plane: on GKE a firewall rule from the master CIDR (gcloud container clusters describe … masterIpv4CidrBlock) to the nodes, on EKS an inbound rule on the node security group from the cluster security group; also allow it in NetworkPolicies of the webhook's namespace.
    .fix-3 = If the webhook is installed in the same run, wait until its deployment is Ready (kubectl rollout status, helm --wait) and retry; for webhooks that may be skipped while down, review failurePolicy and timeoutSeconds in the ValidatingWebhookConfiguration / MutatingWebhookConfiguration.
    .prevention-1 = Run webhooks with several replicas and a PodDisruptionBudget, install them before the resources they validate, and keep their port open from the control plane as part of the cluster setup.

kubernetes-service-unavailable = A Kubernetes aggregated API is unavailable (503)
    .cause = The request went to an API served by an extension API server (most often metrics.k8s.io from metrics-server, or custom.metrics / external.metrics adapters) whose backend pods are down, not ready or unreachable from the control plane.
    .translation = "the server is currently unable to handle the request".
    .analysis-1 = 503 ServiceUnavailable for that API group only; other kubectl commands work, but discovery errors (memcache.go couldn't get resource list) appear on every call.
    .analysis-2 = It breaks kubectl top, the HorizontalPodAutoscaler and namespace deletion (namespaces stuck in Terminating).
    .fix-1 = Find unavailable APIs with kubectl get apiservices and read the reason with kubectl describe apiservice NAME.
    .fix-2 = Fix the backing deployment (kubectl -n kube-system get pods -l k8s-app=metrics-server, logs), for example add --kubelet-insecure-tls on lab clusters with self-signed kubelet certs, or open port 4443/10250 from the control plane.
    .fix-3 = If the component was removed, delete its stale APIService (kubectl delete apiservice NAME).
    .prevention-1 = Monitor APIService availability and remove APIServices together with the components that provide them.

kubernetes-no-kubeconfig = kubectl has no cluster configured and fell back to localhost:8080
    .cause = kubectl found no kubeconfig (no ~/.kube/config and KUBECONFIG unset or pointing to a missing file), so it tried the legacy default http://localhost:8080, where nothing listens.
    .translation = "The connection to the server localhost:8080 was refused - did you specify the right host or port?"
    .analysis-1 = Not a cluster failure: kubectl simply does not know which cluster to talk to.
    .analysis-2 = Typical after running as another user (sudo uses root's home), in a fresh container or CI job, or on a kubeadm control plane before copying admin.conf.
    .fix-1 = Point kubectl at a kubeconfig: export KUBECONFIG=/path/to/config, or copy it to ~/.kube/config (kubeadm: /etc/kubernetes/admin.conf; k3s: /etc/rancher/k3s/k3s.yaml).
    .fix-2 = For managed clusters, generate one: aws eks update-kubeconfig, gcloud container clusters get-credentials, az aks get-credentials.
    .fix-3 = Don't run kubectl with sudo unless root has its own kubeconfig.
    .prevention-1 = In CI, write the kubeconfig from a secret and set KUBECONFIG explicitly in the job.

kubernetes-connection-refused = kubectl cannot reach the Kubernetes API server
    .cause = The server address in the kubeconfig does not answer: the cluster (minikube, kind, Docker Desktop) is stopped, the API server is down, the address or port is wrong, or DNS cannot resolve the cluster endpoint.
    .translation = "The connection to the server HOST was refused" / "Unable to connect to the server".
    .analysis-1 = A network-level failure before any HTTP exchange; credentials and RBAC are not involved yet.
    .analysis-2 = For local clusters the address changes when the cluster is recreated; for managed clusters a deleted cluster leaves a dead kubeconfig entry.
    .fix-1 = Show the server address (kubectl config view --minify) and check the cluster runs: minikube status, kind get clusters, docker ps for the control-plane container.
    .fix-2 = Start or recreate the local cluster (minikube start) or refresh the kubeconfig entry of the managed cluster.
    .fix-3 = On a self-managed control plane, check the kube-apiserver static pod and its logs (crictl ps, journalctl -u kubelet).
    .prevention-1 = Remove stale contexts and keep one kubeconfig entry per live cluster.

kubernetes-api-timeout = kubectl timed out reaching the Kubernetes API server
    .cause = Packets to the API server endpoint get no answer: a private cluster endpoint reached from outside its network, a VPN that is disconnected, an authorized-networks/IP allowlist without your IP, or a firewall or proxy dropping the traffic.
    .translation = "Unable to connect to the server: dial tcp IP:443: i/o timeout" / "TLS handshake timeout".
    .analysis-1 = A timeout (no refusal) means something drops the traffic silently, typical of firewalls and private endpoints.
    .analysis-2 = Managed clusters restrict public endpoint access to authorized CIDR ranges (GKE master authorized networks, EKS public access CIDRs, AKS authorized IP ranges).
    .fix-1 = Connect to the network the endpoint lives in (VPN, bastion host, Cloud Shell in the same VPC) if the cluster has a private endpoint.
    .fix-2 = Add your egress IP to the cluster's authorized networks (for example gcloud container clusters update CLUSTER --master-authorized-networks=IP/32, or the EKS publicAccessCidrs setting).
    .fix-3 = Check proxy settings: kubectl honours HTTPS_PROXY; add the API server host to NO_PROXY if it must be reached directly.
    .prevention-1 = Document how each cluster's API endpoint is reached and monitor VPN and bastion connectivity.

kubernetes-x509 = kubectl does not trust the Kubernetes API server certificate
    .cause = The certificate presented by the API server does not match the kubeconfig: the cluster CA changed (cluster recreated), the certificate expired, you connect via an IP or DNS name not in the certificate's SANs, or a TLS-intercepting proxy sits in between.
    .translation = "x509: certificate signed by unknown authority" / "certificate is valid for ..., not ..." / "certificate has expired or is not yet valid".
    .analysis-1 = TLS verification failed before authentication; kubectl cannot be sure it talks to the real API server.
    .analysis-2 = kubeadm control-plane certificates expire after one year unless the cluster is upgraded or certificates renewed.
    .fix-1 = Refresh the kubeconfig from the cluster (managed: update-kubeconfig / get-credentials; kubeadm: copy the current /etc/kubernetes/admin.conf) so certificate-authority-data matches.
    .fix-2 = For expired certificates on kubeadm, run kubeadm certs check-expiration and kubeadm certs renew all, then restart the control-plane components.
    .fix-3 = For a new IP or hostname in front of the API server, add it to apiServer.certSANs and regenerate the API server certificate; behind a corporate proxy, exempt the API server via NO_PROXY.
    .prevention-1 = Avoid insecure-skip-tls-verify; monitor certificate expiry and upgrade clusters at least yearly.

## Container registries

docker-registry-unauthorized = The container registry rejected the login: authentication required or wrong credentials
    .cause = Docker sent no credentials or invalid ones for this registry host: not logged in to that exact host, an expired or revoked access token, the account password used where the registry requires a token (Docker Hub with 2FA or SSO, GHCR, GitLab), or a broken credential helper.
    .translation = "unauthorized: authentication required" / "unauthorized: incorrect username or password".
    .analysis-1 = 401 from the registry's token or API endpoint; credentials are stored per host in ~/.docker/config.json (or in a credsStore helper), so a login to one host does not apply to another.
    .analysis-2 = Images without a host prefix go to Docker Hub (registry-1.docker.io); ghcr.io, registry.gitlab.com, ECR and others need their own docker login.
    .fix-1 = Log in to the host that appears in the image name: docker login ghcr.io (or registry.example.com); for Docker Hub use a personal access token from https://app.docker.com/settings/personal-access-tokens as the password.
    .fix-2 = If you are logged in but still get 401, log out and in again (docker logout HOST), and check credsStore / credHelpers in ~/.docker/config.json for a helper that no longer works.
    .fix-3 = In CI, log in within the job before pulling or pushing (docker/login-action, or echo TOKEN | docker login HOST -u USER --password-stdin), with a token that has not expired.
    .prevention-1 = Use access tokens with the minimum scope (read-only for pulls) per pipeline and rotate them; never bake credentials into images.

docker-registry-denied = The container registry denied the push or pull for this repository
    .cause = You are authenticated, but this account may not access the repository: pushing to a namespace that is not yours (for example docker.io/library or another user's name), a read-only token, a repository that does not exist and cannot be auto-created, or an organization policy.
    .translation = "denied: requested access to the resource is denied".
    .analysis-1 = 403 from the registry. On Docker Hub, "docker push myapp" means docker.io/library/myapp, which only Docker itself can push to.
    .analysis-2 = Tokens have scopes: a read-only Docker Hub token or a CI token without write scope cannot push.
    .fix-1 = Tag the image with a namespace you own (docker tag myapp USER/myapp:1.0, or REGISTRY/ORG/myapp:1.0) and push that.
    .fix-2 = Check who you are logged in as (docker info | grep Username, or docker login again) and that the token has Read and Write access.
    .fix-3 = For organization repositories, ask an owner to give your account or team write permission on the repository.
    .prevention-1 = Use fully qualified image names (host/namespace/name:tag) in all build scripts.

docker-registry-pull-access-denied = Docker could not pull the image: it does not exist or needs a login
    .cause = Docker asked the registry for this image and was refused; most often the image name or tag is wrong or the image only exists locally under another name, otherwise it is a private repository and you are not logged in with an account that can read it.
    .translation = "pull access denied for IMAGE, repository does not exist or may require 'docker login'".
    .analysis-1 = Registries answer the same "denied" for missing and private repositories, so Docker cannot tell you which one it is.
    .analysis-2 = docker run and docker compose try to pull any image not present locally; a typo, a missing registry prefix or a not-yet-built local image all lead here.
    .fix-1 = Check the exact name: docker images to see local images, and search the registry (hub.docker.com, or the registry's UI) for the repository and tag.
    .fix-2 = If the image should be built locally, build it first with that name (docker build -t NAME .), or use build: in docker compose instead of image: alone.
    .fix-3 = If it is private, log in to its registry with an account that has read access (docker login [HOST]) and pull again.
    .prevention-1 = Pin fully qualified image references (registry/namespace/name:tag or digest) in compose files and manifests.

docker-registry-ghcr-write-package = GitHub Container Registry refused the push: missing packages write permission
    .cause = The token used for ghcr.io cannot write this package: GITHUB_TOKEN without packages: write, a classic PAT without write:packages, or the package already exists and is not linked to this repository (its Manage Actions access list does not include it).
    .translation = "denied: permission_denied: write_package".
    .analysis-1 = 403 from ghcr.io; authentication worked, authorization for the package did not.
    .analysis-2 = Packages created outside the repository (for example pushed earlier with a personal token) have their own access settings that a workflow's GITHUB_TOKEN does not automatically get.
    .fix-1 = In the workflow add permissions: packages: write (and contents: read), and log in with docker/login-action using registry ghcr.io, username github.actor and password GITHUB_TOKEN.
    .fix-2 = For an existing package, open its Package settings on GitHub and under Manage Actions access add this repository with the Write role (or connect the repository to the package).
    .fix-3 = Outside Actions, use a classic PAT with write:packages (fine-grained tokens are not supported for ghcr.io writes).
    .prevention-1 = Create packages from the repository's own workflow, so they are linked to it from the start.

docker-registry-ghcr-installation-not-allowed = GHCR refused a GitHub App or workflow token on an organization package
    .cause = The push was authenticated with an installation token (a GitHub App token, or a workflow's GITHUB_TOKEN, which is an installation token of the GitHub Actions app) that may not create or write this organization-owned container package: packages in ghcr.io have their own access list, and installation tokens cannot create new organization packages or write packages their repository was not granted.
    .translation = "installation not allowed to Create / Write organization package": the app installation behind this token is not allowed to create or write the organization's package.
    .analysis-1 = The error code is denied: the registry knows who is calling; the caller lacks the right on this package. Create means the package does not exist yet; Write means it exists but this token's repository has no write access to it.
    .analysis-2 = A GitHub App token (actions/create-github-app-token and similar) cannot be added to a package's access list, so it cannot write organization packages at all; the workflow's own GITHUB_TOKEN can, once its repository is granted.
    .fix-1 = Push with the workflow's GITHUB_TOKEN: give the job permissions packages: write, set the organization's (and the repository's) Settings > Actions > General > Workflow permissions to Read and write, and for an existing package add the repository under Package settings > Manage Actions access with the Write role.
    .fix-2 = For a package that does not exist yet, create it once with a personal access token (classic) with write:packages by an organization member allowed to create packages (organization Settings > Packages > Package creation), then grant the workflow's repository write access in the package settings.
    .fix-3 = If you must use a GitHub App token, push to a package that is already linked to the repository the token is scoped to, or switch that step to GITHUB_TOKEN.
    .prevention-1 = Link each package to its source repository (the org.opencontainers.image.source label) so it inherits the repository's access, and give every pushing job an explicit permissions block.

docker-registry-login-denied = The registry refused the credentials at login
    .cause = docker login (or a CI login step) sent a user name and password or token to the registry's /v2/ endpoint and the registry answered with the error code denied: the token is wrong, expired or revoked, lacks the package scopes, or belongs to another user than the one given.
    .translation = "denied: denied": the registry refused the login.
    .analysis-1 = The request that failed is the registry's root ping (GET /v2/), which is what docker login does: no image was involved yet, so this is the credential itself, not a repository permission.
    .analysis-2 = On ghcr.io a GitHub password is not accepted; only a personal access token (classic) with read:packages (write:packages to push) or a workflow's GITHUB_TOKEN is.
    .fix-1 = Log in again with a valid token: docker logout HOST, then pipe a fresh personal access token into docker login HOST -u USER --password-stdin (for GHCR, a classic token with read:packages / write:packages).
    .fix-2 = In CI, check that the secret used for the password is set and not empty for this event (secrets are not passed to workflows run from forks), and that the user name matches the token's owner (github.actor for GITHUB_TOKEN).
    .fix-3 = If your organization enforces SAML single sign-on, authorize the personal access token for the organization (Settings > Developer settings > Personal access tokens > Configure SSO).
    .prevention-1 = Use short-lived CI tokens (GITHUB_TOKEN, OIDC-based registry logins) instead of personal tokens, and track the expiry of any token you must keep.

docker-registry-denied-code = The container registry denied the operation (error code denied)
    .cause = The registry answered with the OCI distribution error code denied: the credential was recognised but may not perform this operation on this repository (push to a namespace it does not own, a project that does not exist, a read-only token, or a registry policy).
    .translation = denied: the registry refused access to the requested resource.
    .analysis-1 = Registries report refusals with the distribution error codes UNAUTHORIZED (no or bad credentials), DENIED (access to the resource refused) and so on; the text after denied: is the registry's own reason.
    .fix-1 = Read the reason after denied: and check the image reference: the host, namespace or project, and repository must be ones your account may write (docker tag the image into a namespace you own if not).
    .fix-2 = Check who you are logged in as on that host (docker login HOST again) and that the token has write (push) scope on this repository or project.
    .prevention-1 = Use fully qualified image names in build scripts and one CI credential per registry with the scopes the pipeline needs.

docker-registry-insufficient-scope = The registry token does not have the scope needed for this repository
    .cause = The registry issued a token, but without the requested action (pull or push) on this repository: a read-only access token used to push, a token scoped to other repositories, or a push to a namespace the account cannot write.
    .translation = "insufficient_scope: authorization failed".
    .analysis-1 = Returned during the token exchange (403) or as 401 with error insufficient_scope; logging in again with the same token does not change it.
    .fix-1 = Create a token with Read and Write (push) or Read (pull) access to this repository (Docker Hub: Account settings > Personal access tokens) and log in with it.
    .fix-2 = Check the image name: pushing to another user's namespace or to docker.io/library also yields insufficient_scope.
    .prevention-1 = Give CI one token per registry with exactly the scopes its jobs need.

docker-registry-manifest-unknown = The image tag or repository does not exist in the registry
    .cause = The registry has no manifest for this reference: the tag was never pushed, was deleted or overwritten, contains a typo, or the repository itself does not exist (ECR does not create repositories on push).
    .translation = "manifest unknown" / "name unknown" / "repository name not known to registry".
    .analysis-1 = 404 MANIFEST_UNKNOWN (tag or digest missing) or NAME_UNKNOWN (repository missing). Retrying does not help unless a push is still in progress.
    .analysis-2 = "latest" exists only if someone pushed a tag named latest; many projects publish only version tags.
    .fix-1 = List the tags that exist (skopeo list-tags docker://IMAGE, crane ls IMAGE, or the registry's web UI) and use one of them.
    .fix-2 = For ECR, create the repository first (aws ecr create-repository --repository-name NAME) and check the account id and region in the image URL.
    .fix-3 = If your pipeline builds the image, make sure the push step succeeded before the deploy step pulls it.
    .prevention-1 = Deploy by immutable version tag or digest, never by "latest", and protect tags from overwrite where the registry supports it.

docker-registry-no-matching-platform = The image has no variant for this CPU architecture / OS
    .cause = The tag exists, but its manifest list contains no image for the requested platform (for example linux/arm64 on Apple Silicon or Graviton, linux/amd64 on x86 servers), or the local image was built for another platform.
    .translation = "no matching manifest for PLATFORM in the manifest list entries".
    .analysis-1 = A not-found error for the platform, not for the tag; the image simply was not built for this architecture.
    .fix-1 = Inspect the available platforms with docker buildx imagetools inspect IMAGE and choose a tag that includes yours.
    .fix-2 = Run under emulation with --platform linux/amd64 (slower; needs QEMU/Rosetta in Docker Desktop), or build the image for your platform.
    .fix-3 = If you publish the image, build multi-platform: docker buildx build --platform linux/amd64,linux/arm64 --push.
    .prevention-1 = Publish multi-architecture images and pin platform explicitly in CI where it matters.

docker-registry-pull-rate-limit = Docker Hub pull rate limit reached
    .cause = Too many image pulls from Docker Hub for this identity: anonymous pulls are limited per IP address (shared by everyone behind the same NAT or CI provider), authenticated free accounts per user; a bare 429 can also be Docker Hub's overall per-IP abuse limit.
    .translation = "toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading".
    .analysis-1 = 429 with headers ratelimit-limit / ratelimit-remaining (for example 100;w=21600 = 100 pulls per 6 hours); it resets over the window, not at a fixed time.
    .analysis-2 = In CI, every job on a shared runner IP counts against the same anonymous limit.
    .fix-1 = Authenticate pulls: docker login with a Docker Hub account (a personal access token) in CI and on nodes; paid plans raise the limit further.
    .fix-2 = Pull through a mirror or cache: a registry pull-through cache (ECR, Artifact Registry, Harbor), mirror.gcr.io for popular images, or ECR Public's copies of official images (public.ecr.aws/docker/library/NAME).
    .fix-3 = Reduce pulls: cache images on runners and nodes, use imagePullPolicy: IfNotPresent, and pin tags so layers are reused.
    .prevention-1 = Route all base-image pulls through your own registry cache.

docker-registry-ecr-no-basic-auth = Docker has no credentials for this Amazon ECR registry
    .cause = There is no docker login for this exact ECR host (ACCOUNT.dkr.ecr.REGION.amazonaws.com): never logged in, logged in to another account or region, or the credential helper is not configured for it.
    .translation = "no basic auth credentials".
    .analysis-1 = Docker did not send any credentials because it has none stored for this host; ECR requires a token from aws ecr get-login-password.
    .fix-1 = Log in to the same account and region as in the image URL: aws ecr get-login-password --region REGION piped into docker login --username AWS --password-stdin ACCOUNT.dkr.ecr.REGION.amazonaws.com.
    .fix-2 = With sudo docker, log in with sudo as well (the credentials are stored in root's ~/.docker/config.json).
    .fix-3 = On long-lived hosts install amazon-ecr-credential-helper and add a credHelpers entry ecr-login for the registry host.
    .prevention-1 = Use the ECR credential helper or the CI's ECR login action instead of stored passwords.

docker-registry-ecr-token-expired = The Amazon ECR login token has expired
    .cause = ECR authorization tokens from get-login-password are valid for 12 hours; the stored docker login for this registry is older than that.
    .translation = "Your authorization token has expired. Reauthenticate and try again."
    .analysis-1 = 403 denied from ECR; the stored credential exists but is stale. Retrying without a new login fails the same way.
    .fix-1 = Log in again: aws ecr get-login-password --region REGION piped into docker login --username AWS --password-stdin ACCOUNT.dkr.ecr.REGION.amazonaws.com.
    .fix-2 = For Kubernetes imagePullSecrets built from an ECR token, refresh them on a schedule, or use node IAM roles (EKS nodes pull from ECR without a secret).
    .prevention-1 = Use amazon-ecr-credential-helper so every pull gets a fresh token automatically.

docker-registry-x509 = Docker does not trust the registry's TLS certificate
    .cause = The registry presents a certificate signed by a private or corporate CA (or self-signed) that the Docker daemon or BuildKit does not trust, or a TLS-intercepting proxy replaces the certificate.
    .translation = "x509: certificate signed by unknown authority".
    .analysis-1 = The daemon (not the docker CLI) makes the connection, so the CA must be trusted by the daemon's host or configured per registry.
    .analysis-2 = BuildKit (docker buildx) runs in its own container with its own CA store, so builds can fail even when docker pull works.
    .fix-1 = Put the CA certificate at /etc/docker/certs.d/HOST:PORT/ca.crt on every Docker host (no restart needed), or add it to the system trust store and restart Docker.
    .fix-2 = For BuildKit, configure the CA in buildkitd.toml for that registry and recreate the builder.
    .fix-3 = If a corporate proxy intercepts TLS, install its root CA the same way, or exclude the registry host from interception.
    .prevention-1 = Distribute internal CAs with your host configuration management instead of using insecure-registries.

docker-registry-http-to-https = The registry speaks plain HTTP, but Docker tried HTTPS
    .cause = The registry (often a local registry:2 on port 5000) is served without TLS, and Docker always uses HTTPS unless the host is listed as an insecure registry.
    .translation = "http: server gave HTTP response to HTTPS client".
    .analysis-1 = A TLS handshake received a plain HTTP answer; nothing about credentials or the image was checked.
    .analysis-2 = localhost and 127.0.0.0/8 are trusted as insecure by default, but a LAN IP or hostname is not.
    .fix-1 = Preferably enable TLS on the registry (a certificate from your CA or Let's Encrypt, or a TLS-terminating reverse proxy).
    .fix-2 = For a lab registry, add it to insecure-registries in /etc/docker/daemon.json (Docker Desktop: Settings > Docker Engine) and restart Docker; for BuildKit set http = true for that registry in buildkitd.toml.
    .prevention-1 = Do not run registries without TLS outside isolated test environments.

## npm registry

ecr-tag-immutable = The ECR image tag already exists and the repository does not allow overwriting it
    .cause = The Amazon ECR repository has image tag mutability set to IMMUTABLE (or IMMUTABLE_WITH_EXCLUSION without a filter for this tag), and the pushed tag already points to an image, so ECR refuses to move it to the new image.
    .translation = "tag invalid: The image tag 'TAG' already exists in the 'REPO' repository and cannot be overwritten because the repository (tag) is immutable."
    .analysis-1 = The layers were uploaded but the manifest was refused; the image already stored under the tag is unchanged. The API (PutImage) reports the same as ImageTagAlreadyExistsException.
    .analysis-2 = Typical triggers: a CI re-run of the same commit, a fixed tag such as latest or a version that was already released, or a build cache exported to a tag in an immutable repository.
    .fix-1 = Push a new, unique tag (for example the git commit SHA or a build number), and skip the push when the tag already exists.
    .fix-2 = Only if overwriting is intended, change the repository: aws ecr put-image-tag-mutability --repository-name REPO --image-tag-mutability MUTABLE, or keep releases immutable and exclude moving tags with IMMUTABLE_WITH_EXCLUSION and --image-tag-mutability-exclusion-filters (console: Repository > Edit > Image tag mutability).
    .prevention-1 = Tag images by commit and promote releases by adding tags, not by re-pushing; keep build caches in a separate mutable repository.

npm-registry-e401 = npm could not authenticate to the registry (E401)
    .cause = The registry needs a token for this package or scope and npm sent none or an invalid one: no _authToken for that registry in .npmrc, an expired or revoked token, an environment variable referenced in .npmrc that is empty, or the scope mapped to the wrong registry.
    .translation = "Unable to authenticate, need: Basic realm=..." / "401 Unauthorized".
    .analysis-1 = Tokens in .npmrc are bound to a registry URL (//registry.npmjs.org/:_authToken=...); a token written for one host is never sent to another.
    .analysis-2 = For GitHub Packages the token must be a PAT (classic with read:packages) or the Actions GITHUB_TOKEN, and the scope must map to https://npm.pkg.github.com.
    .fix-1 = Run npm config list to see which .npmrc files apply and which registry each scope uses; add //HOST/:_authToken=TOKEN for the registry in the error (or run npm login --registry=URL).
    .fix-2 = In CI, set the variable the .npmrc references (for example NODE_AUTH_TOKEN with actions/setup-node registry-url) and make sure it is not empty.
    .fix-3 = If the token expired, create a new one (npmjs.com > Access Tokens, granular) and replace it everywhere it is stored.
    .prevention-1 = Keep tokens out of committed .npmrc files (use environment variable references) and use granular tokens with expiry.

npm-registry-publish-over-existing = This package version is already published
    .cause = The registry already has this exact name and version; npm never allows republishing a version, even after unpublishing it.
    .translation = "You cannot publish over the previously published versions: VERSION."
    .analysis-1 = Returned as E403 (npmjs.com) or E409 (GitHub Packages and some private registries); retrying is pointless.
    .analysis-2 = Common in CI when a release job re-runs, or when package.json's version was not bumped.
    .fix-1 = Bump the version (npm version patch / minor / major) and publish again.
    .fix-2 = In release automation, check first whether the version exists (npm view NAME@VERSION version) and skip publishing if it does.
    .prevention-1 = Let a release tool (changesets, semantic-release) compute versions so each publish is unique.

npm-registry-no-publish-permission = npm refused the publish: no permission for this package name
    .cause = The logged-in account or token cannot publish this name: the unscoped name is already owned by someone else, you are not a maintainer, the token is read-only or granular without this package, or the scope (@org) is not yours.
    .translation = "You do not have permission to publish NAME. Are you logged in as the correct user?"
    .analysis-1 = E403 from the registry after authentication succeeded.
    .analysis-2 = Names that are too similar to existing packages are also rejected with 403 by npmjs.com.
    .fix-1 = Check who you are (npm whoami) and who owns the package (npm owner ls NAME); ask an owner to add you (npm owner add USER NAME).
    .fix-2 = Or publish under your own scope: rename to @USER/NAME in package.json and publish with npm publish --access public.
    .fix-3 = For tokens, use one with publish rights for this package (granular token with Read and write for the package or scope).
    .prevention-1 = Use scoped package names for new packages and keep maintainer lists up to date.

npm-registry-e403-forbidden = The npm registry refused to serve this package (E403 Forbidden)
    .cause = The registry answered 403 to a download: a private or corporate registry (Artifactory, Nexus, GitHub Packages) blocks this package or version by policy (curation, license or vulnerability rules), your token has no read access to that repository or scope, or a proxy in between denies the host.
    .translation = "403 Forbidden: In most cases, you or one of your dependencies are requesting a package version that is forbidden by your security policy, or on a server you do not have access to."
    .analysis-1 = Unlike E404, the registry recognizes the request and refuses it; the URL in the error shows which registry and which package or tarball was denied.
    .analysis-2 = Lockfiles pin resolved tarball URLs: a package-lock.json created against another registry makes npm fetch from that registry even if your .npmrc points elsewhere.
    .fix-1 = Check which registry denied it (the URL in the error, npm config get registry) and whether you are authenticated there (npm whoami --registry=URL); add or refresh the _authToken for that host.
    .fix-2 = On a corporate registry, ask its administrators whether the package or version is blocked by a curation or security policy, and pick an allowed version.
    .fix-3 = If the lockfile points to a registry you cannot reach, regenerate it against your registry (delete package-lock.json and node_modules, then npm install) or rewrite the resolved URLs.
    .prevention-1 = Use one registry consistently per project (.npmrc committed without secrets) and regenerate lockfiles when switching registries.

npm-registry-eotp = npm requires a one-time password (2FA) for this operation
    .cause = The account has two-factor authentication for publishing or settings changes, and the command did not provide an OTP; in CI a token that does not bypass 2FA was used.
    .translation = "This operation requires a one-time password from your authenticator."
    .analysis-1 = EOTP is an authentication step, not a failure of the token itself.
    .fix-1 = Interactively, add --otp=CODE with the current code from your authenticator app.
    .fix-2 = In CI, use a granular access token with "bypass 2FA" allowed (or an Automation token), or switch to trusted publishing from GitHub Actions (OIDC, npm publish --provenance).
    .prevention-1 = Keep 2FA on for humans and use narrowly scoped automation tokens or OIDC trusted publishing for pipelines.

npm-registry-e404 = npm cannot find the package in the registry (E404)
    .cause = The package or version does not exist in the registry npm asked: a typo, a private package requested without authentication (registries answer 404 to hide private packages), or a scope mapped to the public registry instead of your private one.
    .translation = "NAME@RANGE is not in this registry."
    .analysis-1 = npm shows the URL it requested; if it is registry.npmjs.org for an internal @scope, the scope-to-registry mapping is missing.
    .fix-1 = Check the name (npm view NAME) and the version range in package.json.
    .fix-2 = For private scopes, map the scope and add a token: @scope:registry=https://npm.pkg.github.com plus //npm.pkg.github.com/:_authToken=... in .npmrc.
    .fix-3 = If a package was unpublished or yanked, pick another version or replace the dependency.
    .prevention-1 = Commit a project .npmrc with scope mappings (tokens via environment variables) and use a lockfile.

npm-registry-e429 = The npm registry is rate limiting this client (E429)
    .cause = Too many requests from this IP or token to the registry in a short time, typical of many parallel CI installs behind one NAT or a proxy that retries aggressively.
    .translation = "429 Too Many Requests".
    .analysis-1 = Retryable after a pause; npm retries fetches a few times by default.
    .fix-1 = Increase npm's retry backoff (fetch-retries, fetch-retry-mintimeout, fetch-retry-maxtimeout) and reduce parallel installs.
    .fix-2 = Cache ~/.npm between CI runs and install with npm ci --prefer-offline; or use a registry proxy (Verdaccio, Artifactory, Nexus).
    .prevention-1 = Put a caching registry proxy in front of npmjs.org for CI fleets.

npm-registry-network = npm could not reach the registry (network error)
    .cause = The connection to the registry failed: DNS resolution (EAI_AGAIN, ENOTFOUND), a reset connection (ECONNRESET) usually caused by a proxy, VPN or firewall, or a refused connection to a misconfigured proxy or private registry.
    .translation = "This is a problem related to network connectivity. In most cases you are behind a proxy or have bad network settings."
    .analysis-1 = No HTTP response was received from the registry, so this is about the path to it, not about your package.
    .analysis-2 = A stale proxy or https-proxy setting in .npmrc is a frequent cause after changing networks.
    .fix-1 = Check the registry and proxy settings npm uses (npm config get registry / proxy / https-proxy) and test with npm ping.
    .fix-2 = Set or remove the proxy to match your network (npm config set https-proxy http://HOST:PORT, or npm config delete proxy https-proxy), and check the HTTPS_PROXY / NO_PROXY environment variables.
    .fix-3 = For transient DNS failures (EAI_AGAIN) retry; if DNS is broken in a container, fix /etc/resolv.conf or the Docker DNS settings.
    .prevention-1 = Use a nearby registry mirror or proxy for CI and keep proxy settings in environment-specific configuration.

npm-registry-timeout = npm timed out talking to the registry
    .cause = The TCP connection or the response from the registry took too long: a slow or filtered network, a proxy that needs to be configured, or a blocked route to registry.npmjs.org.
    .translation = "connect ETIMEDOUT" / "Socket timeout".
    .analysis-1 = No answer arrived in time; this is a network path problem, often a firewall silently dropping packets.
    .fix-1 = Configure the proxy your network requires (npm config set proxy / https-proxy), or test direct access with curl -I https://registry.npmjs.org/.
    .fix-2 = Raise fetch-timeout and fetch-retries for slow links, or switch to a reachable mirror with npm config set registry URL.
    .prevention-1 = Use a registry proxy inside your network for builds.

npm-registry-tls = npm does not trust the registry's TLS certificate
    .cause = The certificate chain presented to npm is signed by a CA Node does not trust: almost always a corporate TLS-inspecting proxy or antivirus, sometimes a private registry with an internal CA.
    .translation = "unable to get local issuer certificate" / "self-signed certificate in certificate chain".
    .analysis-1 = Node uses its own bundled CA list, not the operating system's store, so a CA installed system-wide is not enough.
    .fix-1 = Give npm the corporate root CA: npm config set cafile /path/corp-root-ca.pem, and set NODE_EXTRA_CA_CERTS=/path/corp-root-ca.pem for Node itself and install scripts.
    .fix-2 = On Node 23.8 and later you can also start Node with --use-system-ca to trust the OS certificate store.
    .prevention-1 = Do not set strict-ssl=false; distribute the corporate CA to developer machines and CI images.

## PyPI, twine and pip

pypi-invalid-auth = PyPI rejected the upload credentials
    .cause = twine sent a username and password PyPI does not accept: the username must be the literal __token__ with an API token as password (account passwords no longer work), the token was created on TestPyPI but used for PyPI (or the reverse), it was revoked, or it is scoped to another project.
    .translation = "Invalid or non-existent authentication information."
    .analysis-1 = 403 on upload.pypi.org/legacy/. PyPI has separate accounts and tokens for pypi.org and test.pypi.org.
    .fix-1 = Set TWINE_USERNAME=__token__ and TWINE_PASSWORD to the full token including the pypi- prefix (create one at https://pypi.org/manage/account/token/), or put them in ~/.pypirc under the right repository section.
    .fix-2 = Upload to the index the token belongs to: twine upload --repository testpypi for TestPyPI tokens.
    .fix-3 = In GitHub Actions, prefer trusted publishing (pypa/gh-action-pypi-publish with id-token: write and a trusted publisher configured on PyPI) instead of storing tokens.
    .prevention-1 = Use project-scoped tokens or trusted publishing, and keep them in CI secrets, never in the repository.

pypi-not-allowed-to-upload = This PyPI account cannot upload to that project name
    .cause = The project name (after normalization, where - _ . and case are equivalent) belongs to someone else, or your account or token is not an owner or maintainer of it.
    .translation = "The user X isn't allowed to upload to project Y."
    .analysis-1 = 403: the credentials are valid, but the project is not yours.
    .fix-1 = Check the name on https://pypi.org/project/NAME/; if it is taken, choose another name in pyproject.toml ([project] name) and rebuild.
    .fix-2 = If it is your organization's project, ask an owner to add your account as maintainer, or use a token scoped to this project.
    .prevention-1 = Register names early with a first release, and use organization accounts for shared projects.

pypi-file-already-exists = PyPI already has a file with this name
    .cause = A distribution file with exactly this filename was uploaded before (perhaps then deleted); PyPI never allows reusing a filename, so the same version cannot be uploaded again.
    .translation = "File already exists. See https://pypi.org/help/#file-name-reuse".
    .analysis-1 = 400 Bad Request; often caused by old files lying in dist/ from previous builds, or by re-running a release job.
    .fix-1 = Clean and rebuild: rm -rf dist/ then python -m build, so only the new version's files are uploaded.
    .fix-2 = For re-runs, pass twine upload --skip-existing; for changed content, bump the version (or publish a .postN release).
    .prevention-1 = Derive versions from git tags (setuptools-scm, hatch-vcs) and build into a clean directory in CI.

pypi-pip-read-timeout = pip timed out downloading from PyPI
    .cause = The connection to pypi.org or files.pythonhosted.org was too slow or stalled: a slow or congested link, a large wheel (torch, tensorflow), a proxy, or a network that throttles or blocks PyPI.
    .translation = "Read timed out" / "Connection to pypi.org timed out".
    .analysis-1 = pip retries 5 times with its default 15-second timeout and then fails; the WARNING: Retrying lines show each attempt.
    .fix-1 = Raise the timeout and retries: pip install --timeout 120 --retries 10 PACKAGE, or pip config set global.timeout 120.
    .fix-2 = Use a nearer mirror (-i https://MIRROR/simple, or global.index-url in pip.conf) or configure the proxy your network requires (--proxy or HTTPS_PROXY).
    .prevention-1 = Cache wheels in CI (pip cache or a local index such as devpi or Artifactory) so builds do not depend on a slow link.

pypi-pip-connection-broken = pip cannot connect to the package index
    .cause = pip's connection to the index failed before a response: DNS failure, no route or firewall block, a proxy that refuses the connection or requires authentication (407), or a custom index-url that is down.
    .translation = "Retrying ... after connection broken by NewConnectionError / ProxyError".
    .analysis-1 = These are network errors, not package problems; after the retries pip usually ends with "Could not find a version ... (from versions: none)".
    .fix-1 = Check pip's configuration (pip config list) for index-url, extra-index-url and proxy, and the HTTPS_PROXY / NO_PROXY environment variables.
    .fix-2 = Pass the proxy with credentials if required (--proxy http://USER:PASS@HOST:PORT) or fix DNS (test with nslookup pypi.org).
    .fix-3 = If a private index is down, temporarily install from https://pypi.org/simple or wait for it to recover.
    .prevention-1 = Keep index and proxy settings in pip.conf per environment and monitor your private index.

pypi-pip-cert-verify = pip does not trust the certificate of the package index
    .cause = A TLS-inspecting corporate proxy or antivirus (or a private index with an internal CA) presents a certificate chain that the CA bundle pip uses does not contain.
    .translation = "certificate verify failed: unable to get local issuer certificate".
    .analysis-1 = pip uses its bundled certifi store by default (older versions) and cannot see CAs installed only in the OS store.
    .fix-1 = Use the OS trust store: pip install --use-feature=truststore (pip 22.2 and later; the default from pip 24.2), or install truststore.
    .fix-2 = Or point pip at the corporate CA bundle: pip config set global.cert /path/corp-root-ca.pem, or PIP_CERT / REQUESTS_CA_BUNDLE.
    .prevention-1 = Avoid --trusted-host as a permanent fix; ship the corporate CA in developer and CI images.

pypi-private-index-auth = pip was refused by a private package index (401/403)
    .cause = The private index (Azure Artifacts, GitLab, Artifactory, Nexus, CodeArtifact) needs credentials that pip did not send or that are wrong or expired, or the token lacks read permission on the feed.
    .translation = "HTTP error 401 while getting URL" / "Credentials not correct for URL".
    .analysis-1 = pip sends credentials only if they are in the index URL, ~/.netrc or a keyring backend; a token in the environment alone is not used.
    .fix-1 = Put the credentials into the index URL from an environment variable (https://USER:TOKEN@HOST/.../simple) or into ~/.netrc for the host.
    .fix-2 = Use the index's keyring plugin (artifacts-keyring for Azure, keyrings.codeartifact) with --keyring-provider import, or refresh the short-lived token (aws codeartifact login --tool pip).
    .fix-3 = Check the token's permissions on the feed (read packages) and that it has not expired.
    .prevention-1 = Keep index credentials out of requirements files and pip.conf in the repository; inject them from CI secrets.

pypi-no-matching-distribution = pip found no installable version of the package
    .cause = No release matches the requested name and version for this Python version and platform: a typo, a pinned version that does not exist, a package without wheels for this Python version or CPU (for example older TensorFlow on Python 3.12 or arm64), or "(from versions: none)" when the index was unreachable.
    .translation = "Could not find a version that satisfies the requirement X" / "No matching distribution found for X".
    .analysis-1 = The list after "from versions:" is what pip could use here; if it is empty, look for network or index errors earlier in the output.
    .analysis-2 = Packages declare Requires-Python and ship platform-specific wheels, so the same requirement can work on one machine and fail on another.
    .fix-1 = Check the name and available versions for this interpreter (pip index versions NAME) and relax or change the version pin.
    .fix-2 = Use a Python version and platform the package supports (for example Python 3.11 in a virtual environment), or a newer release that supports yours.
    .fix-3 = If the version list is empty, fix index access first (proxy, index-url, certificates) and retry.
    .prevention-1 = Pin with a lockfile per Python version and platform, and test dependency installs in CI on every target platform.

## Cloudflare

cloudflare-1020-access-denied = Cloudflare blocked the request with a firewall rule (error 1020)
    .cause = The site behind Cloudflare has a WAF custom rule, managed rule or IP access rule that matched your request (by IP, country, ASN, user agent, path or bot score) and blocked it. The API or site itself never saw the request.
    .translation = "Access denied: the site owner may have set restrictions that prevent you from accessing the site."
    .analysis-1 = HTTP 403 with error code 1020 is decided at Cloudflare's edge; credentials and request body are irrelevant to it.
    .analysis-2 = Scripts, servers and cloud IP ranges are blocked more often than browsers because of their user agent, missing headers or the reputation of data-center IPs.
    .fix-1 = If you own the site: open Security > Events in the Cloudflare dashboard, search for the Ray ID from the error page, and adjust or add a skip rule for the legitimate traffic (for example your server's IP or API path).
    .fix-2 = If you do not own it: send the site's owner the Ray ID, your IP and the time; meanwhile send a descriptive User-Agent and call from an allowed network.
    .prevention-1 = For machine-to-machine APIs, exclude API paths from bot-fighting rules and authenticate clients instead of filtering by user agent.

cloudflare-1015-rate-limited = Cloudflare rate limiting blocked the request (error 1015)
    .cause = The site owner's Cloudflare rate-limiting rule counted too many requests from your IP (or token, session) in its window and now blocks you for the configured duration.
    .translation = "You are being rate limited."
    .analysis-1 = HTTP 429 from Cloudflare's edge with error code 1015; the origin never sees these requests, and Retry-After (if present) says how long the block lasts.
    .analysis-2 = Behind NAT, CI providers or shared proxies, other clients using the same IP count against the same limit.
    .fix-1 = Stop and wait for the block to expire (Retry-After, usually a minute to an hour), then resume with lower concurrency and exponential backoff with jitter.
    .fix-2 = If you own the site, review the rule in Security > WAF > Rate limiting rules and raise the threshold or exempt authenticated API clients.
    .prevention-1 = Throttle clients below the site's documented limits and cache responses instead of re-requesting them.

cloudflare-520-unknown-error = Cloudflare got an empty or invalid response from the origin server (520)
    .cause = The origin accepted the connection but then returned something Cloudflare could not use: it crashed or reset the connection, sent an empty reply, headers larger than 128 KB, or an invalid HTTP response.
    .translation = "Web server is returning an unknown error".
    .analysis-1 = 520 is Cloudflare-specific: the problem is between Cloudflare and the origin, not between you and Cloudflare.
    .analysis-2 = A 520 on one request with others succeeding often points to the application crashing on that input, or to an oversized header (big cookies).
    .fix-1 = As a client, retry idempotent requests with backoff; report the Ray ID and time to the site owner if it persists.
    .fix-2 = As the site owner, check origin logs around the Ray ID's timestamp for crashes or resets, and make sure the origin accepts Cloudflare's IP ranges and keep-alive connections.
    .prevention-1 = Keep response headers small and monitor the origin's error rate directly, not only through Cloudflare.

cloudflare-521-web-server-down = Cloudflare could not connect to the origin web server (521)
    .cause = The origin refused Cloudflare's TCP connection: the web server is down, listening on another port, or a firewall or security module blocks Cloudflare's IP ranges.
    .translation = "Web server is down".
    .analysis-1 = 521 means Cloudflare's edge was reached, but the origin actively refused the connection.
    .fix-1 = As a client, wait and retry; the site is down for everyone going through Cloudflare.
    .fix-2 = As the site owner, start the web server, check it listens on the port Cloudflare uses (80/443), and allow all Cloudflare IP ranges (https://www.cloudflare.com/ips/) in the firewall, fail2ban or hosting provider's firewall.
    .prevention-1 = Health-check the origin directly and keep the Cloudflare IP allowlist updated automatically.

cloudflare-522-connection-timed-out = Cloudflare timed out connecting to the origin server (522)
    .cause = Cloudflare's TCP connection to the origin did not complete: no SYN+ACK within about 19 seconds or no ACK within 90 seconds. Usually a firewall silently dropping Cloudflare IPs, a wrong origin IP in the DNS record, or an overloaded origin.
    .translation = "Connection timed out".
    .analysis-1 = A timeout between Cloudflare and the origin, not between you and Cloudflare; your client and credentials are not the issue.
    .fix-1 = As a client, retry later with backoff; report the Ray ID to the site owner if it continues.
    .fix-2 = As the site owner, check the A/AAAA records in Cloudflare DNS point to the current origin IP, allow Cloudflare IP ranges in the firewall and security groups, and check the origin's load and connection limits.
    .prevention-1 = Monitor origin reachability and capacity, and update DNS when the origin IP changes.

cloudflare-523-origin-unreachable = Cloudflare cannot reach the origin network (523)
    .cause = Cloudflare has no route to the origin IP: the DNS record points to a wrong or private IP, the origin's network is down, or routing to it is broken.
    .translation = "Origin is unreachable".
    .analysis-1 = A network problem on the site's side; nothing on the client can fix it.
    .fix-1 = As a client, wait and retry later; report the Ray ID to the site owner.
    .fix-2 = As the site owner, verify the origin IP in Cloudflare DNS (not a private 10.x / 192.168.x address) and check with the hosting provider for network outages.
    .prevention-1 = Alert on origin reachability from outside your network.

cloudflare-524-timeout = Cloudflare timed out waiting for the origin's response (524)
    .cause = Cloudflare connected to the origin, but the origin did not send an HTTP response within the proxy read timeout (120 seconds by default; 100 seconds in older plans). Long computations, large exports, report generation and non-streamed LLM completions behind Cloudflare hit this.
    .translation = "A timeout occurred".
    .analysis-1 = The origin may still be working on the request and may complete it after Cloudflare gave up, so blindly retrying a non-idempotent request can run it twice.
    .analysis-2 = Only Enterprise plans can raise the timeout (up to 6,000 seconds); other plans need the response to start sooner.
    .fix-1 = As a client of an LLM or other slow API behind Cloudflare, use streaming so the first bytes arrive quickly, or split the work into smaller requests.
    .fix-2 = As the site owner, make long work asynchronous (return 202 with a job id and let clients poll or receive a webhook), stream progress, or serve the slow endpoint from a DNS-only (grey-cloud) hostname.
    .fix-3 = Retry only idempotent requests, with backoff.
    .prevention-1 = Keep synchronous request handlers well under 100 seconds and move long jobs to queues.

cloudflare-525-526-origin-ssl = Cloudflare could not establish a valid TLS connection to the origin (525 / 526)
    .cause = With SSL mode Full or Full (strict), Cloudflare connects to the origin over HTTPS: 525 means the TLS handshake failed (no certificate on port 443, unsupported protocols or ciphers, SNI mismatch); 526 means the origin's certificate is invalid for strict mode (expired, self-signed, wrong hostname, incomplete chain).
    .translation = "SSL handshake failed" (525) / "Invalid SSL certificate" (526).
    .analysis-1 = The problem is the certificate or TLS setup between Cloudflare and the origin, not your client's TLS.
    .fix-1 = As a client, nothing to change: report the Ray ID to the site owner.
    .fix-2 = As the site owner, install a valid certificate on the origin (a free Cloudflare Origin CA certificate works for Full (strict)), include the full chain, and make sure the origin serves TLS on 443 for this hostname.
    .fix-3 = Check the SSL/TLS encryption mode in the dashboard: Full (strict) requires a trusted, unexpired certificate matching the hostname.
    .prevention-1 = Automate origin certificate renewal and monitor expiry dates.

cloudflare-530-origin-dns = Cloudflare could not resolve or reach the origin (530, error 1016 / 1033)
    .cause = HTTP 530 comes with a 1xxx error: 1016 means the origin hostname in the DNS record (a CNAME target) does not resolve; 1033 means the Cloudflare Tunnel (cloudflared) for this hostname is not connected.
    .translation = "Origin DNS error" (1016) / "Argo Tunnel error" (1033).
    .analysis-1 = A configuration problem on the site's side; the client request was fine.
    .fix-1 = As the site owner with 1016, fix the DNS record so its target resolves publicly (dig +short TARGET), or point it to the origin IP.
    .fix-2 = With 1033, start or restart cloudflared on the origin host and check cloudflared tunnel info shows active connections; make sure the DNS route points to the right tunnel.
    .prevention-1 = Run cloudflared as a service with several replicas and monitor tunnel health.

cloudflare-api-authentication-error = The Cloudflare API rejected the credentials (code 10000 / 9109)
    .cause = The API token is invalid, expired or revoked, or it is valid but lacks the permission for this account or zone (code 10000 covers both); 9109 means the token string itself is not valid.
    .translation = "Authentication error" (10000) / "Invalid access token" (9109).
    .analysis-1 = Cloudflare often answers 10000 Authentication error even when the real problem is a missing permission or zone scope on a working token.
    .analysis-2 = Tools such as wrangler and Terraform read CLOUDFLARE_API_TOKEN; a stale value in the environment overrides a fresh login.
    .fix-1 = Verify the token: GET https://api.cloudflare.com/client/v4/user/tokens/verify with Authorization: Bearer TOKEN (account-owned tokens: /accounts/ACCOUNT_ID/tokens/verify).
    .fix-2 = Edit the token at https://dash.cloudflare.com/profile/api-tokens and add the permission group the call needs (for example Zone > DNS > Edit, Account > Workers Scripts > Edit) with the right account and zone resources.
    .fix-3 = Make sure the account id and zone id in the path belong to the account the token was created for.
    .prevention-1 = Use one scoped API token per tool with an expiry, and avoid the Global API Key.

cloudflare-worker-too-large = The Worker's upload is over the plan's size limit (Cloudflare code 10027)
    .cause = Cloudflare measures a Worker's compressed (gzip) bundle: at most 3 MiB on the Workers Free plan and 10 MiB on Workers Paid. The bundle built by wrangler is bigger than the account's plan allows.
    .translation = "Your Worker exceeded the size limit of 3 MiB. Please upgrade to a paid plan to deploy Workers up to 10 MiB." The upload was refused; nothing was deployed.
    .analysis-1 = Code 10027 comes from the Workers script upload API; wrangler prints the "Total Upload: ... / gzip: ..." figure just before it, and the gzip figure is the one compared with the limit.
    .fix-1 = Shrink the bundle: build with `--minify`, drop large dependencies (or import only the parts used), and inspect what is bundled with `wrangler deploy --dry-run --outdir dist`.
    .fix-2 = Move static files (HTML, images, wasm data) out of the script into Workers Static Assets (`[assets] directory = ...`) or R2; they do not count toward the script size.
    .fix-3 = Or upgrade the account to Workers Paid (Workers & Pages → Plans in the dashboard), which allows 10 MiB compressed.
    .prevention-1 = Run `wrangler deploy --dry-run` in CI and fail the build when the gzip size approaches the limit.

cloudflare-api-invalid-headers = The Cloudflare API request used malformed authentication headers (code 6003)
    .cause = The authentication headers are mixed up: an API token sent as X-Auth-Key, a Global API Key sent as Bearer, X-Auth-Key without X-Auth-Email, or whitespace or quotes inside the header value.
    .translation = "Invalid request headers", with details such as "Invalid format for X-Auth-Key header" (6103) or "Invalid format for Authorization header" (6111).
    .analysis-1 = 400 with code 6003: Cloudflare could not even parse the credentials; the error_chain entry names the header at fault.
    .fix-1 = For an API token send only Authorization: Bearer TOKEN (no X-Auth-Key / X-Auth-Email headers).
    .fix-2 = For the legacy Global API Key send both X-Auth-Email: your account email and X-Auth-Key: the key, and no Authorization header; better, switch to an API token.
    .prevention-1 = Use one credential type consistently through an SDK or the official CLI instead of hand-built headers.

cloudflare-api-971-throttled = The Cloudflare API is throttling your requests (code 971)
    .cause = The client exceeded the Cloudflare API rate limit (1,200 requests per 5 minutes per user, plus per-endpoint limits), typically from scripts updating many DNS records or zones in a loop.
    .translation = "Please wait and consider throttling your request speed".
    .analysis-1 = HTTP 429; the block lasts until the 5-minute window allows more requests.
    .fix-1 = Pause, then retry with exponential backoff honouring Retry-After, and cap the request rate (for example 3 to 4 requests per second).
    .fix-2 = Use batch endpoints (DNS records batch, bulk redirects, list operations) and cache zone and record ids instead of looking them up on every call.
    .prevention-1 = Build a client-side rate limiter into automation that calls the Cloudflare API.

cloudflare-api-could-not-route = The Cloudflare API path contains an invalid identifier (code 7003)
    .cause = The URL could not be routed because an id in the path is wrong: usually a domain name used where the 32-character zone id is required, an account id in place of a zone id, or an empty variable.
    .translation = "Could not route to PATH, perhaps your object identifier is invalid?"
    .analysis-1 = A 400/404 from the API router before any permission check; the identifier format or value is the problem.
    .fix-1 = Look up the zone id (dashboard > the domain > Overview > API section, or GET /zones?name=example.com) and use it in the path.
    .fix-2 = Print the final URL your code requests and check that no variable is empty or swapped.
    .prevention-1 = Resolve zone and account ids once at startup and validate they are 32 hexadecimal characters.


azure-arm-authorization-failed = Azure refused the operation: the identity has no role that allows this action on this scope
    .cause = Azure Resource Manager checked Azure RBAC and found no role assignment granting the named action to this user, service principal or managed identity at the named scope (or the scope path itself is wrong).
    .translation = "The client ... does not have authorization to perform action 'ACTION' over scope 'SCOPE' or the scope is invalid."
    .analysis-1 = The message names both the missing action (Microsoft.Provider/resource/operation) and the scope; the fix is a role assignment that contains that action at that scope or above it.
    .analysis-2 = Role assignments take up to a few minutes to apply, and a token issued before the assignment does not carry it: sign in again after granting.
    .fix-1 = Grant a role that includes the action at the scope: in the portal, open the subscription, resource group or resource, Access control (IAM), Add role assignment; or az role assignment create --assignee ID --role ROLE --scope SCOPE.
    .fix-2 = Check that the scope is right: the subscription id and resource group in the path must exist and be the ones you meant (az account show shows the current subscription).
    .fix-3 = After granting, refresh the credentials: az logout and az login, or get a new token for the service principal or managed identity.
    .prevention-1 = Give automation identities a least-privilege role for exactly the scopes they manage, and keep role assignments in infrastructure code.

azure-arm-subscription-not-found = Azure cannot find the subscription
    .cause = The subscription id in the request does not exist, belongs to another Microsoft Entra tenant than the one you signed in to, or the identity has no access to it.
    .translation = "The subscription 'ID' could not be found."
    .analysis-1 = Azure answers "not found" for subscriptions in another tenant or without any role assignment, not only for mistyped ids.
    .fix-1 = List the subscriptions this identity can see with az account list --output table, and select the right one with az account set --subscription ID (or set AZURE_SUBSCRIPTION_ID).
    .fix-2 = If it is in another tenant, sign in to that tenant: az login --tenant TENANT_ID.
    .fix-3 = If it should be visible, ask a subscription Owner to give the identity a role on it (Access control (IAM) on the subscription).
    .prevention-1 = Pass the subscription id and tenant explicitly in scripts and pipelines instead of relying on the CLI's default subscription.

azure-arm-resource-group-not-found = Azure cannot find the resource group
    .cause = No resource group with this name exists in the selected subscription: it was not created yet, was deleted, has a different name, or the request is running against another subscription.
    .translation = "Resource group 'NAME' could not be found."
    .analysis-1 = Resource group names are unique per subscription, so the same name can exist in one subscription and be missing in the one the CLI or SDK is using.
    .fix-1 = Check the current subscription with az account show, and list its groups with az group list --output table; switch with az account set --subscription ID.
    .fix-2 = Create the group first (az group create --name NAME --location LOCATION), or in templates and Terraform make the resources depend on the group.
    .prevention-1 = Create resource groups in the same deployment as their resources and name the subscription explicitly in automation.

gcp-billing-disabled = Google Cloud refused the call: billing is not enabled for the project
    .cause = The API is billable and the project has no active Cloud Billing account: billing was never linked, the billing account was closed or suspended, or the project was unlinked.
    .translation = "This API method requires billing to be enabled" / "The billing account for the owning project is disabled".
    .analysis-1 = This is a project setting, not a permission of the caller: every key and service account of the project gets the same error until billing is linked.
    .fix-1 = Link an active billing account to the project: Google Cloud console, Billing, Account management, or https://console.cloud.google.com/billing/linkedaccount?project=PROJECT_ID; or gcloud billing projects link PROJECT_ID --billing-account=ACCOUNT_ID.
    .fix-2 = If the billing account is closed or suspended, fix its payment method in Billing, Payment method, or link the project to another billing account.
    .fix-3 = After enabling billing, wait a few minutes for it to propagate, then retry.
    .prevention-1 = Set budget alerts on the billing account and monitor its status so a failed payment does not stop production projects.

github-admin-rights-required = GitHub requires admin rights on the repository for this action
    .cause = The endpoint (branch protection, repository settings, deleting the repository, deploy keys, webhooks, collaborators) needs the admin role on the repository, and the token's user or app does not have it.
    .translation = "Must have admin rights to Repository."
    .analysis-1 = The token itself may be valid with the right scopes; it is the account's role on this repository that falls short.
    .fix-1 = Use a token of an account that is an admin of the repository, or ask an admin to raise the account's role in Settings, Collaborators and teams.
    .fix-2 = For a fine-grained token or GitHub App, grant the Administration repository permission (read and write), and for deleting a repository a classic token also needs the delete_repo scope.
    .fix-3 = For gh codespace and similar commands that report it, refresh the CLI token with the needed scope: gh auth refresh -h github.com -s SCOPE.
    .prevention-1 = Run administrative automation under a dedicated GitHub App with the Administration permission instead of personal tokens.

stripe-no-payment-source = Stripe cannot charge the customer: no payment method is attached
    .cause = The charge, subscription or invoice would be paid automatically, but the customer has no default payment method (invoice_settings.default_payment_method) and no default source.
    .translation = "This customer has no attached payment source or default payment method."
    .analysis-1 = Stripe reports it as invalid_request_error with code resource_missing, but nothing is misspelled: the customer simply has nothing to charge.
    .fix-1 = Collect a payment method first (Checkout in setup or subscription mode, or a SetupIntent with the Payment Element) and set it as the customer's invoice_settings.default_payment_method.
    .fix-2 = Or pass default_payment_method when creating the subscription, or use payment_behavior=default_incomplete and confirm the first invoice's PaymentIntent on the client.
    .fix-3 = For customers who pay by invoice, create the subscription or invoice with collection_method=send_invoice and days_until_due.
    .prevention-1 = Create subscriptions through Checkout, or check the customer's default payment method before creating charges.

stripe-unrecognized-url = Stripe does not know this API path
    .cause = The method and path do not name any Stripe endpoint: a typo, an endpoint that does not exist (for example a made-up action), the wrong HTTP method, or an id or path built wrongly by the client.
    .translation = "Unrecognized request URL (METHOD: PATH)."
    .analysis-1 = Stripe answers 404 invalid_request_error for unknown routes; it is a client bug, not a missing object (those say "No such ...").
    .fix-1 = Compare the method and path with the API reference at https://docs.stripe.com/api (for example, cancelling an uncaptured PaymentIntent is POST /v1/payment_intents/ID/cancel).
    .fix-2 = Prefer the official SDK's methods over hand-built URLs, and check that path ids are not empty or URL-encoded twice.
    .prevention-1 = Use the official SDKs and test calls against test mode in CI.

twilio-unsubscribed-recipient = Twilio will not send to this number: the recipient opted out
    .cause = The recipient replied STOP (or another opt-out keyword) to this sender or Messaging Service, so Twilio blocks messages to that number until the recipient opts back in (error 21610).
    .translation = "Attempt to send to unsubscribed recipient."
    .analysis-1 = The block is per recipient and sender; retrying or changing the message cannot get through, and it is not an account problem.
    .fix-1 = Stop sending to the number and mark it as opted out in your own contact list.
    .fix-2 = The recipient can opt back in by replying START (or UNSTOP) to the same number; only then will sends succeed again.
    .fix-3 = If the opt-out handling should be yours, configure Advanced Opt-Out on the Messaging Service in the Twilio Console and keep your list in sync with it.
    .prevention-1 = Handle error 21610 by suppressing the number automatically, and listen to inbound STOP messages to update consent before the next send.

npm-registry-eneedauth = npm needs a login for this registry
    .cause = The command (publish, unpublish, access, dist-tag, or install from a private registry) needs credentials, and npm found no token for the registry in the .npmrc files it read.
    .translation = "need auth This command requires you to be logged in to REGISTRY".
    .analysis-1 = The token must be set for the exact registry URL used, including a scope's registry (@scope:registry=...); a token for another URL is ignored.
    .fix-1 = Log in interactively with npm login --registry=https://registry.npmjs.org/ (or your private registry), or in CI write the line //registry.npmjs.org/:_authToken= followed by an environment-variable reference to the NPM_TOKEN secret into the project's .npmrc.
    .fix-2 = In GitHub Actions use actions/setup-node with registry-url and set NODE_AUTH_TOKEN from a secret; setup-node writes the .npmrc line for you.
    .fix-3 = For scoped packages, make sure the scope points to the registry the token is for: @scope:registry=URL in .npmrc.
    .prevention-1 = Use granular access tokens or trusted publishing from CI, and check npm whoami --registry=URL as the first step of release jobs.

kubernetes-admission-webhook-denied = A Kubernetes admission webhook rejected the object
    .cause = A validating or mutating admission webhook (a policy engine such as Gatekeeper or Kyverno, or an operator's validator) checked the object and denied it; the text after "denied the request:" is the policy's reason.
    .translation = "admission webhook NAME denied the request: REASON".
    .analysis-1 = The API server and RBAC accepted you; it is the cluster's policy that refused this object as written.
    .fix-1 = Read the reason after "denied the request:" and change the manifest to satisfy it (required labels, resource limits, allowed registries, security context).
    .fix-2 = Find the policy behind the webhook name: kubectl get validatingwebhookconfigurations and, for Gatekeeper, kubectl get constraints; for Kyverno, kubectl get clusterpolicies.
    .fix-3 = If the object needs an exception, ask the cluster administrators to add it to the policy rather than disabling the webhook.
    .prevention-1 = Check manifests against the cluster's policies in CI (gator, kyverno apply, or a server-side dry run with kubectl apply --dry-run=server).

docker-container-name-in-use = Docker cannot create the container: the name is taken by another container
    .cause = Container names are unique per Docker host, and a container (running or stopped) already has the name given with --name or by docker compose.
    .translation = "Conflict. The container name NAME is already in use by container ID."
    .analysis-1 = Stopped containers keep their names; a previous docker run without --rm, or a crashed compose run, leaves one behind.
    .fix-1 = Remove the old container: docker rm -f NAME (or docker compose down to remove the project's containers), then run again.
    .fix-2 = Or reuse it with docker start NAME, or rename it with docker rename NAME NEW_NAME.
    .fix-3 = In scripts, use docker run --rm for one-off containers so they are removed when they exit.
    .prevention-1 = Let docker compose manage names, or remove containers in the script's cleanup step before starting new ones.

docker-daemon-unreachable = The Docker client cannot reach the Docker daemon
    .cause = Nothing answers on the socket or host the client uses: the daemon (or Docker Desktop, Colima, Podman's socket) is not running, or DOCKER_HOST or the current docker context points somewhere else.
    .translation = "Cannot connect to the Docker daemon at SOCKET. Is the docker daemon running?"
    .analysis-1 = It is a local connection problem, before any registry or image is involved.
    .fix-1 = Start the daemon: sudo systemctl start docker on Linux, or start Docker Desktop, colima start, or systemctl --user start podman.socket.
    .fix-2 = Check where the client connects: docker context ls and echo $DOCKER_HOST; switch with docker context use default or unset DOCKER_HOST.
    .fix-3 = Inside a container or CI job, mount the host socket (-v /var/run/docker.sock:/var/run/docker.sock) or use a docker:dind service and set DOCKER_HOST to it.
    .prevention-1 = Enable the docker service at boot (systemctl enable docker) and set the docker context explicitly in CI.

docker-daemon-socket-permission = The Docker socket refused your user: permission denied
    .cause = The daemon is running, but the socket /var/run/docker.sock is owned by root and the docker group, and your user is not in that group (or the new membership is not active in this shell yet).
    .translation = "permission denied while trying to connect to the Docker daemon socket".
    .analysis-1 = Membership in the docker group is root-equivalent on the host, so decide deliberately between it, sudo and rootless Docker.
    .fix-1 = Add the user to the docker group: sudo usermod -aG docker $USER, then log out and in again (or run newgrp docker).
    .fix-2 = Or run the command with sudo, or set up rootless Docker for the user.
    .fix-3 = In a container that mounts the socket, run as a user whose group id matches the socket's group on the host.
    .prevention-1 = Document the docker group step in machine setup, or use rootless Docker on shared machines.

stripe-lock-timeout = Stripe is locking this object for another request
    .cause = Another API request or a Stripe process (a webhook-triggered update, an invoice finalising, a payment confirming) held the lock on the same object, and this request waited too long for it.
    .analysis-1 = Stripe returns 429 with code lock_timeout: it is not the account rate limit but contention on one object, usually from concurrent writes to the same customer, subscription or PaymentIntent.
    .fix-1 = Retry the request with exponential backoff and the same Idempotency-Key header; recent Stripe SDKs do this when max_network_retries (Stripe.max_network_retries, maxNetworkRetries) is above 0.
    .fix-2 = Serialise writes to one object: queue updates per customer or subscription instead of sending them in parallel, and do not update an object from a webhook handler while the request that caused the webhook is still running.
    .prevention-1 = Send every write with an Idempotency-Key so that retries are safe, and keep concurrent writes to a single object to one at a time.

twilio-invalid-from-number = Twilio cannot send from this 'From' number
    .cause = The From value is not a phone number, short code, Alphanumeric Sender ID or WhatsApp sender that this Twilio account owns and that can send to this destination.
    .analysis-1 = Twilio error 21212 (invalid From), 21606 / 21659 (not a message-capable Twilio number for this destination or account) and 21601 all mean the sender, not the recipient, is the problem.
    .fix-1 = Use a number from Console > Phone Numbers > Manage > Active numbers, in E.164 form (+14155550100), that shows SMS (or MMS/Voice) under Capabilities; a verified caller ID cannot send messages.
    .fix-2 = Or send with MessagingServiceSid instead of From, using a Messaging Service whose sender pool holds a number for the destination country; for short codes, the To number must be in the short code's country.
    .fix-3 = If the number is being ported or hosted, wait until the port completes; check that the credentials belong to the account (or subaccount) that owns the number.
    .prevention-1 = Keep sender numbers in configuration validated at start-up against the Incoming Phone Numbers API, and prefer Messaging Services so that sender selection follows the destination.

cloudflare-1027-plan-limit = The site behind Cloudflare has hit its plan's request limit (error 1027)
    .cause = Cloudflare stopped serving the site because the owner's plan limit was reached, most often the Workers Free plan's daily request limit.
    .analysis-1 = Error 1027 is not a per-client rate limit (that is 1015): every visitor is refused until the limit resets, at 00:00 UTC for the Workers daily limit.
    .fix-1 = If you own the site: upgrade to Workers Paid in the dashboard under Workers & Pages > Plans, which removes the daily request cap.
    .fix-2 = Or reduce the requests that reach the Worker: add cache rules for static responses and route static assets away from the Worker.
    .fix-3 = If you are a visitor or API client: wait for the reset and tell the site owner; retrying sooner cannot succeed.
    .prevention-1 = Watch the Workers usage graphs and set a usage notification before the daily limit, or run production traffic on a paid plan.

kubernetes-anonymous-user = The Kubernetes API server received the request without credentials
    .cause = The request was authenticated as system:anonymous: the client sent no token or client certificate the API server accepts, so RBAC refuses it.
    .analysis-1 = A 403 for User "system:anonymous" is an authentication problem, not a missing Role: no credential reached the server, or the one sent was not recognised and anonymous auth took over.
    .fix-1 = Point the client at a kubeconfig with credentials: check kubectl config current-context and kubectl config view --minify, or fetch them again (aws eks update-kubeconfig, gcloud container clusters get-credentials, az aks get-credentials).
    .fix-2 = For in-cluster clients, mount the service account token (automountServiceAccountToken not false) and send it as Authorization: Bearer; for curl, pass --cacert and the token header.
    .fix-3 = If a credential plugin (exec) is configured, run it by hand to see whether it still returns a token.
    .prevention-1 = Keep anonymous auth disabled on the API server (--anonymous-auth=false) and check in CI that clients authenticate with kubectl auth whoami.

pypi-password-auth-removed = PyPI no longer accepts a username and password for uploads
    .cause = The upload was sent with an account username and password; PyPI only accepts API tokens or Trusted Publishers for uploads.
    .translation = "Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead."
    .analysis-1 = The 403 is about the kind of credential, not about this project's permissions: any password upload is refused.
    .fix-1 = Create an API token at https://pypi.org/manage/account/token/ and upload with username __token__ and the token (pypi-...) as password, for example TWINE_USERNAME=__token__ and TWINE_PASSWORD in the environment, or in ~/.pypirc.
    .fix-2 = From CI, configure a Trusted Publisher for the project at https://pypi.org/manage/project/PROJECT/settings/publishing/ and publish with pypa/gh-action-pypi-publish, with no stored secret.
    .prevention-1 = Scope tokens to a single project, keep them in CI secrets, and prefer Trusted Publishing.

slack-invalid-message-arguments = Slack refused the message's content or arguments
    .cause = The call reached Slack and was authorised, but the message arguments were rejected: no text or blocks, malformed Block Kit, too many blocks or attachments, or a message that is too long.
    .analysis-1 = Slack answers HTTP 200 with ok false and the error code; codes such as no_text, invalid_blocks, msg_too_long or invalid_arguments describe the payload, not the token or the channel.
    .fix-1 = For no_text, pass text (it is also the notification fallback when you send blocks); for invalid_blocks, read the errors list in the response, which points at the block with a JSON pointer, and check the payload in Block Kit Builder.
    .fix-2 = Keep text under 40,000 characters and a message under 50 blocks; split long output into several messages or upload it as a file.
    .prevention-1 = Build messages from tested templates and validate Block Kit payloads in tests before sending them.

stripe-card-details-incorrect = The card details entered are wrong (number, CVC, expiry or postal code)
    .cause = Stripe checked the card data the payer typed and one field is incorrect or invalid: the security code, the card number, the expiry month or year, or the postal code. This is an input error, not a decline by the bank.
    .translation = The message says which card field is wrong (for example "Your card's security code is incorrect").
    .analysis-1 = The error code (incorrect_cvc, incorrect_number, invalid_expiry_year...) and param name the field; the same card succeeds once it is typed correctly, so nothing on your account needs changing.
    .fix-1 = Show err.message to the payer and let them correct the named field; collect card data with Stripe Elements or Checkout, which validate number, expiry and CVC as they are typed.
    .fix-2 = In test mode use Stripe's test cards with any future expiry and any three-digit CVC; the test card numbers that trigger incorrect_cvc on purpose are listed in the testing docs.
    .prevention-1 = Never build card forms by hand; Elements and Checkout validate fields client-side and keep raw card data off your servers.

aws-s3-request-timeout = S3 closed an upload that stopped sending data
    .cause = S3's RequestTimeout: the connection was open but no bytes were read or written within S3's idle window (about 20 seconds), so S3 closed it. Typical causes are a slow or saturated uplink, a stream that blocks while producing the body, or too many parallel parts.
    .translation = "Your socket connection to the server was not read from or written to within the timeout period."
    .analysis-1 = This is a timeout on the transfer, not a permission or size problem; the same request usually succeeds when retried with a steady stream.
    .fix-1 = Retry (botocore retries RequestTimeout; raise max_attempts with the adaptive retry mode) and upload with multipart in smaller parts and fewer concurrent parts.
    .fix-2 = If the body comes from a generator or pipe, buffer it to a file first so the upload never waits on the producer; check proxies that buffer whole requests.
    .prevention-1 = Use the SDK's managed transfer (upload_file, lib-storage Upload, aws s3 cp) with a bounded concurrency suited to the link.

aws-authorization-header-malformed = The request was signed for the wrong AWS region
    .cause = AWS Signature V4 includes the region; the bucket (or service endpoint) lives in another region than the one your client signed for, so S3 refuses the header and names the region it expects.
    .translation = "The authorization header is malformed; the region 'X' is wrong; expecting 'Y'."
    .analysis-1 = Credentials are fine; only the client's region setting is wrong. The message's expecting value is the bucket's real region.
    .fix-1 = Set the client's region to the expected one: AWS_REGION / region in ~/.aws/config, region_name= in boto3, the region of the Terraform provider (or a provider alias for that bucket).
    .fix-2 = For a bucket you do not own, find its region with aws s3api get-bucket-location, or let the SDK follow redirects by using the regional endpoint.
    .prevention-1 = Configure the region explicitly per environment instead of relying on a default, and keep one provider alias per region in Terraform.

kubernetes-serviceaccount-not-found = The pod names a service account that does not exist
    .cause = The ServiceAccount admission check could not find the service account set in the pod spec (serviceAccountName) in that namespace, so the controller cannot create pods.
    .translation = "error looking up service account ns/name: serviceaccount name not found".
    .analysis-1 = The workload object was accepted, but every pod creation is refused; the controller keeps retrying, which shows as repeated FailedCreate events.
    .fix-1 = Create the service account in that namespace (kubectl create serviceaccount NAME -n NAMESPACE), or fix serviceAccountName in the workload.
    .fix-2 = With Helm charts, enable the chart's serviceAccount.create value or set serviceAccount.name to an existing account.
    .prevention-1 = Ship the ServiceAccount in the same manifest or chart as the workload, so they are created together.

gitlab-protected-branch-push = GitLab refused a push to a protected branch
    .cause = The branch is protected and your role (or the deploy key, token or CI job user) is not in its Allowed to push list, or force push is disabled for it.
    .translation = "You are not allowed to push code to protected branches on this project."
    .analysis-1 = Authentication worked; the pre-receive hook declined the push because of the branch's protection rules.
    .fix-1 = Push to a feature branch and open a merge request into the protected branch.
    .fix-2 = Or have a Maintainer change Settings > Repository > Protected branches: add your role, user, or deploy key to Allowed to push and merge, or allow force push if that is intended.
    .prevention-1 = Keep release and main branches protected and merge through merge requests; give CI pushes a dedicated deploy key listed in the protection rule.

gitlab-already-exists = The branch or tag already exists in the GitLab project
    .cause = The API was asked to create a branch or tag whose name is already taken in the repository.
    .translation = "Branch already exists" / "Tag … already exists".
    .analysis-1 = GitLab answers 400 instead of 409 here; nothing is broken, the create call is not idempotent.
    .fix-1 = Check first and reuse it: project.branches.get(name) (or GET /projects/:id/repository/branches/:branch) before creating, or catch the error and continue.
    .fix-2 = If the existing ref is stale, delete it (project.branches.delete(name), or the tag) and create it again from the right ref, or choose a new name.
    .prevention-1 = Make release scripts idempotent: look up the ref, compare its commit, and create only when missing.

terraform-state-locked = Another Terraform run holds the state lock
    .cause = Terraform locks the state before plan and apply so that two runs cannot write it at once. The backend (an HTTP backend such as GitLab's, S3 with DynamoDB, Azure Blob, GCS) answered that a lock is already held: by a run still in progress, or by one that crashed or was cancelled without unlocking.
    .translation = "Error acquiring the state lock ... remote state already locked": the state is locked by the run described under "Lock Info" (ID, who, operation, created).
    .analysis-1 = An HTTP backend answers 409 Conflict (or 423 Locked) to the lock request; "Who" and "Created" under Lock Info tell whether the holder is a live job or a stale lock.
    .fix-1 = If another job is still running, wait for it, or serialise the pipelines (a GitLab `resource_group`, a GitHub Actions `concurrency` group) so that only one run touches the state.
    .fix-2 = If the holder is gone (a cancelled CI job), remove the stale lock with `terraform force-unlock <ID>` using the ID under Lock Info; for GitLab-managed state, unlock it under Operate → Terraform states.
    .fix-3 = Add `-lock-timeout=5m` to plan and apply so that a run waits for a short lock instead of failing.
    .prevention-1 = Never cancel `terraform apply` with kill -9; let CI send SIGINT so that Terraform releases the lock.

pypi-file-too-large = The distribution file is larger than the project's upload limit
    .cause = The index refused the upload because the file exceeds the per-file limit of the project (100 MB by default on PyPI), or the project's total size limit (10 GB).
    .translation = "File too large. Limit for project … is … MB" / "Project size too large".
    .analysis-1 = The upload is rejected before it is stored; retrying the same file always fails.
    .fix-1 = Shrink the file: keep model weights, datasets and test data out of the wheel and sdist (check MANIFEST.in or the build tool's include and exclude settings) and download them at runtime from object storage or the Hugging Face Hub.
    .fix-2 = If the size is needed, request a limit increase on PyPI's issue tracker (pypi/support, file-limit request) with the project name and size; for a total-size limit, delete old releases or request a project limit increase.
    .prevention-1 = Check the size of dist/ in CI (a step that fails above the limit) before uploading.

pypi-token-not-valid-for-project = The upload token is not valid for this PyPI project
    .cause = PyPI accepted the token as a token but it is scoped to another project: a trusted-publishing (OIDC) token minted for a publisher that is not registered on this project, or a project-scoped API token used for a different project.
    .translation = "Invalid API Token: … not valid for project …".
    .analysis-1 = 403 means the upload was authenticated but not authorised for this project name; check the name in the message against the one being uploaded.
    .fix-1 = For trusted publishing, add the publisher on pypi.org under the project's Settings > Publishing with the exact owner, repository, workflow file name and environment of the CI job (a pending publisher for a new project).
    .fix-2 = For API tokens, create a token scoped to this project (Account settings > API tokens) and store it as the secret used by the upload step.
    .prevention-1 = Keep the workflow file name and environment stable once registered as trusted publisher; renaming them breaks the match.

pypi-trusted-publisher-new-project = PyPI will not let a trusted publisher create this new project
    .cause = The upload authenticated with a trusted-publishing (OIDC) token, which cannot create a project, and no project with the name in the package metadata exists. Usually the pending publisher was registered under a different project name than [project] name in pyproject.toml: PyPI used the pending publisher (creating an empty project with its name) and then found no project for the uploaded name.
    .translation = "Non-user identities cannot create new projects. This was probably caused by successfully using a pending publisher but specifying the project name incorrectly (either in the publisher or in your project's metadata). Please ensure that both match."
    .analysis-1 = HTTP 400 from the upload endpoint; the OIDC exchange itself worked, so the workflow, environment and id-token permission are fine: only the project name disagrees.
    .analysis-2 = PyPI compares normalised names (lowercase, runs of -, _ and . as one -), so acme_sdk and acme-sdk are the same project, while acme-sdk and acme-python-sdk are not.
    .fix-1 = Make the names match: register a pending publisher on pypi.org (Your account > Publishing) for exactly the name in [project] name, with the same owner, repository, workflow file and environment as the job, or change [project] name to the name of the pending publisher; then re-run the job.
    .fix-2 = Or create the project once as a user: upload the first release with a user API token (twine upload with __token__), then add the trusted publisher under the project's Settings > Publishing.
    .fix-3 = Delete the empty, wrongly named project the pending publisher created (Your projects > Manage > Settings) if you do not want it.
    .prevention-1 = Copy the project name from pyproject.toml when registering the pending publisher, and test the workflow against TestPyPI first.

nexus-redeploy-disabled = The repository does not allow overwriting an existing version
    .cause = The hosted repository (Sonatype Nexus) has the deployment policy Disable redeploy, and a file with this path or version is already stored, so the upload is refused.
    .translation = "… cannot be updated" / "does not allow updating assets": the file exists and may not be replaced.
    .analysis-1 = Nexus answers 400 rather than 409; clients such as twine cannot tell it from other bad requests, so options like --skip-existing may not recognise it.
    .fix-1 = Publish a new version, or remove stale files from dist/ so only the new version is uploaded.
    .fix-2 = If overwriting is intended (snapshots, re-runs), an administrator can set the repository's Deployment policy to Allow redeploy, or delete the existing component first.
    .prevention-1 = Derive versions from tags and make CI skip uploads of versions that already exist in the repository.

cloudflare-workers-ai-daily-allocation = The Workers AI free daily allocation is used up
    .cause = Workers AI on the Free plan includes 10,000 neurons per day; the account has used them, so inference is refused until the daily reset (00:00 UTC).
    .translation = "You have used up your daily free allocation of 10,000 neurons. Please upgrade to Cloudflare's Workers Paid plan."
    .analysis-1 = Workers AI reports this as error 3036 (HTTP 429); a Worker may pass it on as 500. It is a plan limit, not a per-minute rate limit, so short retries do not help.
    .fix-1 = Upgrade the account to the Workers Paid plan in the dashboard (Workers and Pages > Plans); usage beyond the free allocation is then billed per 1,000 neurons.
    .fix-2 = Or wait for the reset at 00:00 UTC, and use a smaller model or fewer tokens per request to stretch the allocation.
    .prevention-1 = Watch neuron usage in the dashboard's Workers AI analytics and cache repeated inferences (AI Gateway caching).

cloudflare-workers-ai-input-too-long = The input is longer than this Workers AI model accepts
    .cause = The model has a fixed input token limit (for example 512 tokens for bge-base, 8192 for bge-large or bge-m3 variants) and the text sent is longer.
    .translation = "Input must have a maximum of N tokens (model, got M)".
    .analysis-1 = Workers AI validates the input before running the model; the numbers in the message are the limit and the count of your input.
    .fix-1 = Split the text into chunks below the limit (with some margin, as tokenizers differ) and embed or process each chunk.
    .fix-2 = Or switch to a model with a larger input window from the Workers AI model catalogue.
    .prevention-1 = Chunk documents by tokens in your ingestion code, using the model's documented input limit.

cloudflare-dns-record-exists = A DNS record with this name already exists in the zone
    .cause = Cloudflare refuses to create a record that conflicts with one already in the zone: the same record (81057, 81058), or an A, AAAA or CNAME record on a host that already has a CNAME or address record (81053).
    .translation = "Record already exists" / "An identical record already exists".
    .analysis-1 = The API answers 400 with a DNS error code; the zone is fine, the create call is not idempotent.
    .fix-1 = Look the record up first (GET /zones/ZONE_ID/dns_records?name=HOST&type=TYPE) and update it with PATCH or PUT instead of creating it again.
    .fix-2 = With Terraform, import the existing record (terraform import) or set allow_overwrite on the record where the provider offers it; with external-dns, check its ownership TXT records.
    .prevention-1 = Make DNS automation upsert records (find, then create or update) and keep one tool as the owner of each name.

aws-kms-key-not-accessible = KMS cannot decrypt with the key this ciphertext was made with: wrong region or account, or no kms:Decrypt for you
    .cause = The ciphertext names the KMS key that encrypted it. KMS answers AccessDeniedException with this one sentence for three causes it will not tell apart: the key does not exist (deleted), it lives in another region or account than the one called, or the key policy and IAM policies do not allow kms:Decrypt for the calling role.
    .translation = "The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access."
    .analysis-1 = KMS keys are regional: a ciphertext made in one region decrypts only in that region (or with a multi-Region replica key there).
    .analysis-2 = For a key in another account both sides must allow it: the key policy must name your account or role, and your IAM policy must allow kms:Decrypt on the key ARN.
    .fix-1 = Call Decrypt in the key's region: the key ARN is recorded in the ciphertext and in CloudTrail's Decrypt event (errorCode AccessDenied, requestParameters.keyId); set the client's region to that one.
    .fix-2 = Grant the calling role kms:Decrypt: add it to the key policy (KMS console > Customer managed keys > the key > Key policy) or, if the key policy delegates to IAM, to the role's IAM policy; for cross-account keys do both.
    .fix-3 = If describe-key shows the key as PendingDeletion, cancel the deletion (aws kms cancel-key-deletion) and enable it; a deleted key cannot be recovered and its ciphertexts are lost.
    .prevention-1 = Store the key ARN and region next to each encrypted blob, and use multi-Region keys for data read in more than one region.
pypi-pip-legacy-ssl-problem = pip could not make a TLS connection to the package index
    .cause = An old pip (before 10) reports every TLS failure with this sentence. The detail after it names the cause: the Python has no ssl module at all, its OpenSSL is too old for TLS 1.2 (which PyPI requires since 2018: "tlsv1 alert protocol version"), or the certificate could not be verified.
    .translation = "There was a problem confirming the ssl certificate": the TLS connection to the index failed.
    .analysis-1 = "Can't connect to HTTPS URL because the SSL module is not available" means this Python was built without OpenSSL headers: no setting of pip can fix that.
    .analysis-2 = "No matching distribution found" after it is a consequence: pip skipped the index, so it saw no versions at all.
    .fix-1 = Check the interpreter: python -c "import ssl; print(ssl.OPENSSL_VERSION)" must work and show OpenSSL 1.0.1 or later; then install a current pip with get-pip.py (https://bootstrap.pypa.io/get-pip.py), since old pips cannot use TLS 1.2 on old platforms.
    .fix-2 = If ssl does not import: install the OpenSSL development package (libssl-dev, openssl-devel) and rebuild Python, or use a packaged Python (python.org installer, distribution package, pyenv after installing the headers).
    .fix-3 = If it is a certificate failure behind a proxy that inspects TLS: point pip at the proxy's CA bundle with --cert or PIP_CERT.
    .prevention-1 = Use a supported Python with a current OpenSSL, and upgrade pip first in every new environment (python -m pip install --upgrade pip).
cloudflare-api-unknown-auth-key = The Cloudflare API does not recognise the X-Auth-Key and X-Auth-Email pair (code 9103)
    .cause = The request authenticated with the legacy Global API Key headers and no Cloudflare user has that key with that email: an API token was put in X-Auth-Key, the email is not the account's login email, or the Global API Key was rolled.
    .translation = "Unknown X-Auth-Key or X-Auth-Email".
    .analysis-1 = wrangler and the Cloudflare SDKs switch to Global API Key auth as soon as CLOUDFLARE_API_KEY and CLOUDFLARE_EMAIL are set, even when CLOUDFLARE_API_TOKEN is also set; a stale pair in the environment or CI secrets produces this error.
    .fix-1 = Use an API token instead: unset CLOUDFLARE_API_KEY and CLOUDFLARE_EMAIL (CF_API_KEY, CF_API_EMAIL in some tools), set CLOUDFLARE_API_TOKEN, and send it as Authorization: Bearer TOKEN.
    .fix-2 = If you must use the Global API Key: copy it again from https://dash.cloudflare.com/profile/api-tokens (Global API Key > View) and send it with the exact login email of that user in X-Auth-Email.
    .prevention-1 = Give each tool a scoped API token, and keep no Global API Key in environment variables or CI secrets.
cloudflare-workers-ai-out-of-capacity = Workers AI has no capacity for this model right now (code 3040)
    .cause = Workers AI could not find a data centre with a free GPU for the model; the request was never run. It is Cloudflare's capacity, not your account's limit.
    .translation = "No more data centers to forward the request to" / "Capacity temporarily exceeded, please try again".
    .analysis-1 = It comes as HTTP 429 like the daily neuron allocation (3036) and rate limits, but unlike those it is not about your usage: the same request usually succeeds seconds later.
    .fix-1 = Retry with a short exponential backoff (hundreds of milliseconds up to a few seconds) and jitter.
    .fix-2 = After a few failed attempts, fall back to another model of the same task (a smaller variant or a different family), or route through AI Gateway with a fallback provider.
    .prevention-1 = Keep a fallback model configured for each task and alert on the rate of 3040 answers.
cloudflare-workers-ai-no-such-model = Workers AI does not know this model id, or the model does not do this task (code 5007)
    .cause = The model name passed to env.AI.run or /ai/run/ is not one Workers AI serves (a typo, a missing @cf/ or @hf/ prefix, or a model that was deprecated and removed), or the input shape belongs to another task than the model's.
    .translation = "No such model MODEL or task".
    .analysis-1 = Workers AI removes deprecated models on announced dates; code that worked before can fail with 5007 afterwards without any change.
    .fix-1 = Take the exact id from the model catalogue (https://developers.cloudflare.com/workers-ai/models/) or from wrangler ai models, including the @cf/ or @hf/ prefix and the version suffix.
    .fix-2 = If the model was deprecated, move to the successor named on its catalogue page, and check that the input you send (prompt or messages, image, audio) matches that model's task.
    .prevention-1 = Keep model ids in configuration, and watch Cloudflare's Workers AI changelog for deprecations.
cloudflare-waf-blocked = A Cloudflare firewall rule blocked the request ("Sorry, you have been blocked")
    .cause = The site's Cloudflare security settings (a WAF custom or managed rule, Bot Fight Mode, an IP or country rule) blocked this request, and Cloudflare answered with its block page (HTML, usually 403) instead of the API's response. Tools that expect JSON then report a malformed response.
    .translation = "Sorry, you have been blocked. You are unable to access HOST."
    .analysis-1 = The block is about the request or its origin (IP address, VPN or data-centre range, User-Agent, a body that looks like an attack), not about your credentials; the Cloudflare Ray ID on the page identifies the event.
    .fix-1 = If you own the zone: open Security > Events in the Cloudflare dashboard, filter by the Ray ID, see which rule matched, and add a skip rule or an exception for this API path or client.
    .fix-2 = If the host is not yours (including api.cloudflare.com itself): retry from another network (leave the VPN or proxy), send an honest User-Agent, and if it persists contact the site owner or Cloudflare support with the Ray ID.
    .prevention-1 = For machine clients of your own API, exempt the API hostname or authenticated paths from browser-oriented protections (Bot Fight Mode, challenges) with a skip rule.
discord-interaction-already-acknowledged = The interaction was already answered: a second initial response was sent (Discord code 40060)
    .cause = Every interaction accepts exactly one initial response (reply, deferReply, deferUpdate, update, showModal); this code means a second one was sent for the same interaction.
    .translation = "Interaction has already been acknowledged".
    .analysis-1 = Two common sources: the handler replies twice (for example reply in a catch block after a deferReply, or two listeners for the same event), or two bot processes run with the same token and both answer every interaction.
    .fix-1 = After the first response, use editReply or followUp (discord.py: interaction.followup.send or edit_original_response); check interaction.deferred or interaction.replied (discord.py: interaction.response.is_done()) before replying.
    .fix-2 = Make sure only one instance of the bot runs with this token: stop the old process, the local copy, or a second replica of the deployment.
    .prevention-1 = Route every reply through one helper that picks reply, editReply or followUp from the interaction's state, and register each command handler once.
github-pull-not-mergeable = GitHub refused to merge the pull request
    .cause = The merge endpoint answers 405 "Pull Request is not mergeable" when the PR has conflicts, is blocked by branch protection (required reviews or status checks), is a draft, or its mergeability is not computed yet; it answers 409 "Head branch was modified" (or "Base branch was modified") when the branch moved between your check and the merge.
    .translation = "Pull Request is not mergeable" / "Head branch was modified. Review and try the merge again."
    .analysis-1 = The pull request's mergeable and mergeable_state fields say which: dirty means conflicts, blocked means protection rules, behind means the base moved on, unknown means GitHub is still computing it.
    .fix-1 = Read GET /repos/OWNER/REPO/pulls/NUMBER: for dirty, resolve the conflicts and push; for behind, call PUT /repos/OWNER/REPO/pulls/NUMBER/update-branch; for blocked, satisfy the required reviews and checks; for unknown or null, ask again after a few seconds.
    .fix-2 = For 409, fetch the pull request again and merge with sha set to the head you checked, so a later push cannot be merged unseen.
    .prevention-1 = Let GitHub merge when ready (auto-merge or a merge queue) instead of calling the merge endpoint right after a push.
gcp-request-payload-too-large = The request body is larger than this Google API accepts
    .cause = Google's API front end rejected the request because the serialised body is over the API's limit, the number in the message (for example 20971520 bytes, 20 MB, for inline data in Gemini requests; about 10 MiB for a Firestore commit). Base64 inline data grows files by a third.
    .translation = "Request payload size exceeds the limit: N bytes".
    .analysis-1 = The limit is on the request body, not on tokens: a small prompt with large inline images, PDFs or audio reaches it long before the context window.
    .fix-1 = Gemini API: upload large files once with the Files API (client.files.upload) or pass a Cloud Storage or HTTPS URL, and reference them in the request instead of inline bytes.
    .fix-2 = Other Google APIs: split the write into smaller batches (fewer documents per Firestore batch or commit, fewer rows per insert) so each request stays under the limit.
    .prevention-1 = Measure the serialised request size before sending and switch to file upload or batching above the documented limit.
